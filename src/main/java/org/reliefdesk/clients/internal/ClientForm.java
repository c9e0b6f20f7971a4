package org.reliefdesk.clients.internal;

import java.util.ArrayList;
import java.util.List;

import org.reliefdesk.clients.Clients.NewClient;
import org.reliefdesk.shared.FieldError;
import org.reliefdesk.shared.RuleViolationException;
import org.reliefdesk.shared.TypedFields;

/** What the registration and "new client" forms post (all text, so nothing typed is lost). */
class ClientForm {

    private String fullName;
    private String email;
    private String dateOfBirth;
    private String phone;
    private String password;

    NewClient toRequest() {
        return toRequest("is not a date (use the date picker or YYYY-MM-DD)");
    }

    /** The request; a date of birth that cannot be read is a 422 on {@code dateOfBirth} saying {@code badDate}. */
    NewClient toRequest(String badDate) {
        var dob = TypedFields.date(dateOfBirth).orElse(null);
        if (dob == null && !TypedFields.isBlank(dateOfBirth)) {
            List<FieldError> errors = new ArrayList<>();
            errors.add(new FieldError("dateOfBirth", badDate));
            throw new RuleViolationException("Invalid date", errors);
        }
        return new NewClient(email, password, fullName, dob, phone);
    }

    public String getFullName() { return fullName; }
    public void setFullName(String fullName) { this.fullName = fullName; }
    public String getEmail() { return email; }
    public void setEmail(String email) { this.email = email; }
    public String getDateOfBirth() { return dateOfBirth; }
    public void setDateOfBirth(String dateOfBirth) { this.dateOfBirth = dateOfBirth; }
    public String getPhone() { return phone; }
    public void setPhone(String phone) { this.phone = phone; }
    public String getPassword() { return password; }
    public void setPassword(String password) { this.password = password; }
}
