package org.reliefdesk.scheduling.practice;

import java.util.UUID;

import org.reliefdesk.accounts.ReliefDeskUser;
import org.reliefdesk.accounts.Role;
import org.reliefdesk.clients.Client;
import org.reliefdesk.clients.ClientClosures;
import org.reliefdesk.clients.Clients;
import org.reliefdesk.services.Service;
import org.reliefdesk.services.Services;
import org.reliefdesk.shared.FieldErrors;
import org.reliefdesk.shared.ForbiddenException;
import org.reliefdesk.shared.NotFoundException;
import org.springframework.stereotype.Component;

/**
 * Ids typed in a scheduling request, turned into what they name: a location, a bookable service, a
 * therapist and the client booked for. An absent or unknown id is a field error (the same texts for
 * booking, the waitlist and availability), and so is a client whose account is closed; the caller throws them all
 * at once.
 */
@Component
public class RequestResolver {

    private final Locations locations;
    private final Services services;
    private final Therapists therapists;
    private final Clients clients;
    private final ClientClosures closures;

    RequestResolver(Locations locations, Services services, Therapists therapists, Clients clients,
            ClientClosures closures) {
        this.closures = closures;
        this.locations = locations;
        this.services = services;
        this.therapists = therapists;
        this.clients = clients;
    }

    /** The named location; null (and a field error) when absent or unknown. */
    public Location location(String locationId, FieldErrors errors) {
        UUID id = Ids.parse(locationId);
        Location location = id == null ? null : locations.find(id).orElse(null);
        if (location == null) {
            errors.add("locationId", locationId == null ? "is required" : "is not a known location");
        }
        return location;
    }

    /** As {@link #location}, but absent means the first location (a single-location practice need not name it). */
    public Location locationOrFirst(String locationId, FieldErrors errors) {
        if (locationId != null) {
            return location(locationId, errors);
        }
        Location first = locations.first().orElse(null);
        if (first == null) {
            errors.add("locationId", "is required (no location is set up yet)");
        }
        return first;
    }

    /** The named service if it is active; null (and a field error) otherwise. */
    public Service service(String serviceCode, FieldErrors errors) {
        Service service = serviceCode == null ? null : services.find(serviceCode).filter(Service::active).orElse(null);
        if (service == null) {
            errors.add("serviceCode", serviceCode == null ? "is required" : "is not a bookable service");
        }
        return service;
    }

    /** The named therapist's id, null when none is named; a field error when unknown. */
    public UUID therapist(String therapistId, FieldErrors errors) {
        UUID id = Ids.parse(therapistId);
        if (therapistId != null && (id == null || therapists.find(id).isEmpty())) {
            errors.add("therapistId", "is not a known therapist");
        }
        return id;
    }

    /**
     * The client booked for: a client books for themself (naming another is a 404), front desk and
     * administrators name the client (a field error when absent or unknown), a therapist may not (403).
     */
    public Client client(ReliefDeskUser user, String clientId, FieldErrors errors) {
        if (user.role() == Role.THERAPIST) {
            throw new ForbiddenException("Front desk and administrators book for clients");
        }
        if (user.isClient() && clientId == null) {
            return clients.findByUser(user.id()).orElseThrow(() -> new NotFoundException("Client"));
        }
        UUID id = Ids.parse(clientId);
        Client client = id == null ? null : clients.find(id).orElse(null);
        if (user.isClient() && (client == null || !client.userId().equals(user.id()))) {
            throw new NotFoundException("Client");
        }
        if (client == null) {
            errors.add("clientId", clientId == null ? "is required" : "is not a known client");
        } else if (closures.isClosed(client.id())) {
            errors.add("clientId", "This client's account is closed: a closed account cannot be booked");
        }
        return client;
    }
}
