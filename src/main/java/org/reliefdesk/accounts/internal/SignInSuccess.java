package org.reliefdesk.accounts.internal;

import java.io.IOException;

import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.reliefdesk.accounts.Practice;
import org.reliefdesk.accounts.ReliefDeskUser;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContext;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.web.authentication.AuthenticationSuccessHandler;
import org.springframework.security.web.authentication.SavedRequestAwareAuthenticationSuccessHandler;
import org.springframework.security.web.context.HttpSessionSecurityContextRepository;
import org.springframework.security.web.context.SecurityContextRepository;

/**
 * After a correct password on the sign-in page: with two-step verification on, the session holds only
 * a {@link PendingSecondStep} and the code form comes next; staff without it, when the practice requires
 * it, are sent to set it up; everyone else goes where they were going.
 */
class SignInSuccess implements AuthenticationSuccessHandler {

    static final String SETUP_REQUIRED = "reliefdesk.twoStepSetupRequired";
    static final SecurityContextRepository CONTEXTS = new HttpSessionSecurityContextRepository();

    private final Practice practice;
    private final SavedRequestAwareAuthenticationSuccessHandler onward = new SavedRequestAwareAuthenticationSuccessHandler();

    SignInSuccess(Practice practice) {
        this.practice = practice;
        onward.setDefaultTargetUrl("/");
    }

    @Override
    public void onAuthenticationSuccess(HttpServletRequest request, HttpServletResponse response,
            Authentication authentication) throws IOException, ServletException {
        ReliefDeskUser user = (ReliefDeskUser) authentication.getPrincipal();
        if (user.twoFactorEnabled()) {
            save(new PendingSecondStep(user, authentication.getDetails()), request, response);
            response.sendRedirect(request.getContextPath() + "/login/code");
            return;
        }
        if (user.isStaff() && practice.requiresTwoStepForStaff()) {
            request.getSession().setAttribute(SETUP_REQUIRED, true);
            response.sendRedirect(request.getContextPath() + "/profile/two-step");
            return;
        }
        onward.onAuthenticationSuccess(request, response, authentication);
    }

    static void save(Authentication authentication, HttpServletRequest request, HttpServletResponse response) {
        SecurityContext context = SecurityContextHolder.createEmptyContext();
        context.setAuthentication(authentication);
        SecurityContextHolder.setContext(context);
        CONTEXTS.saveContext(context, request, response);
    }
}
