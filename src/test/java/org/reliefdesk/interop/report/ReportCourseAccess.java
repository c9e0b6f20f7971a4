package org.reliefdesk.interop.report;

import java.time.LocalDate;

import org.reliefdesk.diary.Diary;
import org.reliefdesk.support.Api;
import org.springframework.jdbc.core.simple.JdbcClient;

/** {@link ReportCourse} for tests of other packages (the export). */
public final class ReportCourseAccess {

    private ReportCourseAccess() {
    }

    public record Course(String clientId, Api client, Api therapist, LocalDate start, int diaryDays) {
    }

    public static Course create(int port, JdbcClient jdbc, Diary diary, String name) {
        ReportCourse course = new ReportCourse(port, jdbc, diary, name);
        return new Course(course.clientId, course.client, course.therapist, course.start, course.diaryDays);
    }
}
