package org.reliefdesk.web.internal;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.mock.web.MockHttpServletRequest;
import org.springframework.web.servlet.ModelAndView;

class ErrorAdviceTests {

    private final ErrorAdvice advice = new ErrorAdvice();

    @Test
    void aWriteThatLostARaceIsAConflictProblemNotAServerError() {
        Object answer = advice.concurrency(new MockHttpServletRequest("POST", "/api/v1/bookings"));
        assertThat(answer).isInstanceOf(ResponseEntity.class);
        ResponseEntity<?> entity = (ResponseEntity<?>) answer;
        assertThat(entity.getStatusCode().value()).isEqualTo(409);
        assertThat(((ProblemDetail) entity.getBody()).getDetail()).contains("try again");
    }

    @Test
    void onAPageTheSameRaceShowsTheErrorPageWithItsReason() {
        Object answer = advice.concurrency(new MockHttpServletRequest("POST", "/sessions/1/move"));
        assertThat(answer).isInstanceOf(ModelAndView.class);
        ModelAndView page = (ModelAndView) answer;
        assertThat(page.getStatus().value()).isEqualTo(409);
        assertThat((String) page.getModel().get("detail")).contains("nothing was saved");
    }
}
