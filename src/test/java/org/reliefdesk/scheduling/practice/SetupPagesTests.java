package org.reliefdesk.scheduling.practice;

import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.hasEntry;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.ArgumentMatchers.anyBoolean;
import static org.mockito.ArgumentMatchers.eq;
import static org.mockito.ArgumentMatchers.isNull;
import static org.mockito.Mockito.never;
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.when;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.flash;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.model;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.view;

import java.math.BigDecimal;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.mockito.ArgumentCaptor;
import org.reliefdesk.scheduling.practice.Location.Equipment;
import org.reliefdesk.scheduling.practice.Location.Room;
import org.reliefdesk.scheduling.practice.Therapist.Licence;
import org.reliefdesk.services.Service;
import org.reliefdesk.services.Services;
import org.reliefdesk.shared.ConflictException;
import org.reliefdesk.shared.FieldError;
import org.reliefdesk.shared.FieldErrors;
import org.reliefdesk.shared.NotFoundException;
import org.reliefdesk.shared.Paged;
import org.reliefdesk.shared.RuleViolationException;
import org.reliefdesk.support.PageSlice;
import org.reliefdesk.support.PageSliceTest;
import org.reliefdesk.support.SignedIn;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.annotation.Import;
import org.springframework.test.context.bean.override.mockito.MockitoBean;
import org.springframework.test.web.servlet.MockMvc;

/** The practice's scheduling setup: the overview, a location, a service (ADMIN only). */
@PageSliceTest(controllers = SetupPages.class)
@Import(SetupOverview.class)
class SetupPagesTests {

    static final UUID HARBOUR = UUID.fromString("aaaaaaaa-0000-0000-0000-000000000001");
    static final UUID WILLOW = UUID.fromString("aaaaaaaa-0000-0000-0000-0000000000a1");
    static final UUID MARA = UUID.fromString("aaaaaaaa-0000-0000-0000-0000000000b2");
    static final Location HARBOUR_STREET = new Location(HARBOUR, "Harbour Street Clinic", "America/New_York", 15, 24,
            List.of(new Room(WILLOW, "Willow room"), new Room(UUID.randomUUID(), "Cedar room")),
            List.of(new Equipment(Locations.HOT_STONE_KIT, 2)), "12 Harbour Street", 120);
    static final Service SIXTY = new Service("MEDICAL_MASSAGE_60", "Medical Massage, 60 minutes", 60,
            List.of("MEDICAL_MASSAGE"), true);
    static final Therapist EXPIRING = new Therapist(MARA, "mara@slice.test", "Mara Lindqvist",
            new Licence("LMT-38802", "ME", PageSlice.TODAY.plusDays(21)), List.of("MEDICAL_MASSAGE"), HARBOUR);

    @Autowired
    MockMvc mvc;

    @MockitoBean
    Locations locations;

    @MockitoBean
    Therapists therapists;

    @MockitoBean
    Services services;

    @BeforeEach
    void aPracticeWithOneLocationServiceAndTherapist() {
        when(locations.all()).thenReturn(List.of(HARBOUR_STREET));
        when(locations.get(HARBOUR)).thenReturn(HARBOUR_STREET);
        when(services.all()).thenReturn(List.of(SIXTY));
        when(services.find("MEDICAL_MASSAGE_60")).thenReturn(Optional.of(SIXTY));
        when(therapists.list(isNull(), any(), any())).thenReturn(new Paged<>(List.of(EXPIRING), 0, 200, 1));
    }

    @Nested
    class TheOverview {

        @Test
        void showsLocationsServicesTherapistsAndExpiringLicences() throws Exception {
            mvc.perform(get("/admin/scheduling").with(SignedIn.admin()))
                    .andExpect(status().isOk())
                    .andExpect(view().name("scheduling/setup"))
                    .andExpect(model().attribute("locations", contains(HARBOUR_STREET)))
                    .andExpect(model().attribute("services", contains(SIXTY)))
                    .andExpect(model().attribute("expiring", contains(EXPIRING)))
                    .andExpect(model().attribute("today", PageSlice.TODAY))
                    .andExpect(model().attribute("form", org.hamcrest.Matchers.anEmptyMap()))
                    .andExpect(PageSlice.shows("Licences expiring within 60 days"))
                    .andExpect(PageSlice.shows("expires Mar 31, 2026"))
                    .andExpect(PageSlice.shows("Harbour Street Clinic"))
                    .andExpect(PageSlice.shows("Medical Massage, 60 minutes"))
                    .andExpect(PageSlice.noFieldErrors());
            verify(therapists).list(null, PageSlice.TODAY.plusDays(SetupOverview.EXPIRY_WARNING_DAYS),
                    org.reliefdesk.shared.PageParams.of(0, 200));
        }

        @Test
        void aTherapistMadeAsStaffWithoutALicenceYetIsListedAsSuch() throws Exception {
            Therapist unlicensed = new Therapist(UUID.randomUUID(), "new@slice.test", "Noor New", null, List.of(), null);
            when(therapists.list(null, null, org.reliefdesk.shared.PageParams.of(0, 200)))
                    .thenReturn(new Paged<>(List.of(EXPIRING, unlicensed), 0, 200, 2));
            mvc.perform(get("/admin/scheduling").with(SignedIn.admin()))
                    .andExpect(status().isOk())
                    .andExpect(PageSlice.shows("Noor New"))
                    .andExpect(PageSlice.shows("No licence yet"));
        }

        @Test
        void addsALocationFromTheFormAndOpensIt() throws Exception {
            UUID created = UUID.randomUUID();
            when(locations.create(any())).thenReturn(new Location(created, "Annex", "Europe/London", 10, 48,
                    List.of(), List.of()));
            mvc.perform(post("/admin/locations").param("name", "Annex").param("timeZone", "Europe/London")
                    .param("bufferMinutes", "10").param("lateCancelHours", "48").param("rooms", "Quay\r\n\r\n Harbour \n")
                    .param("kits", "1").with(SignedIn.admin()).with(csrf()))
                    .andExpect(redirectedUrl("/admin/locations/" + created))
                    .andExpect(flash().attribute("notice", "Location Annex added."));
            ArgumentCaptor<Location> sent = ArgumentCaptor.forClass(Location.class);
            verify(locations).create(sent.capture());
            assertLocation(sent.getValue(), "Annex", "Europe/London", 10, 48, 1);
            org.assertj.core.api.Assertions.assertThat(sent.getValue().rooms())
                    .containsExactly(new Room(null, "Quay"), new Room(null, "Harbour"));
        }

        @Test
        void addsAServiceWithItsSkills() throws Exception {
            mvc.perform(post("/admin/services").param("code", "HOT_STONE_90").param("name", "Hot stone, 90 minutes")
                    .param("minutes", "90").param("requiredSkills", "MEDICAL_MASSAGE", "HOT_STONE")
                    .with(SignedIn.admin()).with(csrf()))
                    .andExpect(redirectedUrl("/admin/scheduling"))
                    .andExpect(flash().attribute("notice", "Service \u201cHot stone, 90 minutes\u201d saved."));
            verify(services).save(new Service("HOT_STONE_90", "Hot stone, 90 minutes", 90,
                    List.of("MEDICAL_MASSAGE", "HOT_STONE"), true), true);
        }
    }

    @Nested
    class ALocation {

        @Test
        void showsItsRoomsOnePerLineAndItsKits() throws Exception {
            mvc.perform(get("/admin/locations/" + HARBOUR).with(SignedIn.admin()))
                    .andExpect(status().isOk())
                    .andExpect(view().name("scheduling/location"))
                    .andExpect(model().attribute("location", HARBOUR_STREET))
                    .andExpect(model().attribute("rooms", "Willow room\nCedar room"))
                    .andExpect(model().attribute("kits", 2))
                    .andExpect(PageSlice.shows("Save location"));
        }

        @Test
        void savingKeepsTheRoomsNamedAsBeforeAndAddsTheNewOnes() throws Exception {
            mvc.perform(post("/admin/locations/" + HARBOUR).param("name", "Harbour Street Clinic")
                    .param("timeZone", "America/New_York").param("bufferMinutes", "20").param("lateCancelHours", "24")
                    .param("rooms", "WILLOW ROOM\nBirch room").param("kits", "3").with(SignedIn.admin()).with(csrf()))
                    .andExpect(redirectedUrl("/admin/locations/" + HARBOUR))
                    .andExpect(flash().attribute("notice", "Location saved."));
            ArgumentCaptor<Location> sent = ArgumentCaptor.forClass(Location.class);
            verify(locations).update(eq(HARBOUR), sent.capture());
            assertLocation(sent.getValue(), "Harbour Street Clinic", "America/New_York", 20, 24, 3);
            org.assertj.core.api.Assertions.assertThat(sent.getValue().rooms())
                    .containsExactly(new Room(WILLOW, "WILLOW ROOM"), new Room(null, "Birch room"));
        }

        @Test
        void aServiceIsShownForEditing() throws Exception {
            mvc.perform(get("/admin/services/MEDICAL_MASSAGE_60").with(SignedIn.admin()))
                    .andExpect(status().isOk())
                    .andExpect(view().name("scheduling/service"))
                    .andExpect(model().attribute("service", SIXTY))
                    .andExpect(PageSlice.shows("Clients can book it"));
        }

        @Test
        void anEditedServiceUncheckedIsNoLongerOffered() throws Exception {
            mvc.perform(post("/admin/services/MEDICAL_MASSAGE_60").param("name", "Medical massage").param("minutes", "60")
                    .with(SignedIn.admin()).with(csrf()))
                    .andExpect(redirectedUrl("/admin/scheduling"));
            verify(services).save(new Service("MEDICAL_MASSAGE_60", "Medical massage", 60, List.of(), false), false);
        }
    }

    @Nested
    class PricesAndFees {

        @Test
        void aServiceShowsItsPriceAndSavesANewOne() throws Exception {
            when(services.find("MEDICAL_MASSAGE_60")).thenReturn(Optional.of(new Service("MEDICAL_MASSAGE_60",
                    "Medical massage", 60, List.of(), true, new BigDecimal("95.00"))));
            mvc.perform(get("/admin/services/MEDICAL_MASSAGE_60").with(SignedIn.admin()))
                    .andExpect(model().attribute("price", "95.00"))
                    .andExpect(content().string(containsString("name=\"price\" type=\"text\" value=\"95.00\"")));
            mvc.perform(post("/admin/services/MEDICAL_MASSAGE_60").param("name", "Medical massage")
                    .param("minutes", "60").param("active", "true").param("price", "110.5")
                    .with(SignedIn.admin()).with(csrf()))
                    .andExpect(redirectedUrl("/admin/scheduling"));
            verify(services).save(new Service("MEDICAL_MASSAGE_60", "Medical massage", 60, List.of(), true,
                    new BigDecimal("110.50")), false);
        }

        @Test
        void aMalformedPriceIsShownBesideItAsTyped() throws Exception {
            when(services.save(any(), anyBoolean(), any())).thenAnswer(call -> {
                ((FieldErrors) call.getArgument(2)).throwIfAny();
                return null;
            });
            mvc.perform(post("/admin/services/MEDICAL_MASSAGE_60").param("name", "Medical massage")
                    .param("minutes", "60").param("price", "-5").with(SignedIn.admin()).with(csrf()))
                    .andExpect(status().isOk())
                    .andExpect(view().name("scheduling/service"))
                    .andExpect(model().attribute("price", "-5"))
                    .andExpect(PageSlice.fieldError("price", "This must not be negative."));
        }

        @Test
        void aLocationShowsAndSavesItsFees() throws Exception {
            mvc.perform(get("/admin/locations/" + HARBOUR).with(SignedIn.admin()))
                    .andExpect(model().attribute("lateCancelFee", "0.00"))
                    .andExpect(model().attribute("noShowFee", "0.00"))
                    .andExpect(PageSlice.shows("No-show fee"));
            mvc.perform(post("/admin/locations/" + HARBOUR).param("name", "Harbour Street Clinic")
                    .param("timeZone", "America/New_York").param("bufferMinutes", "15").param("lateCancelHours", "24")
                    .param("rooms", "Willow room").param("kits", "2").param("lateCancelFee", "40")
                    .param("noShowFee", "60.00").with(SignedIn.admin()).with(csrf()))
                    .andExpect(redirectedUrl("/admin/locations/" + HARBOUR));
            ArgumentCaptor<Location> sent = ArgumentCaptor.forClass(Location.class);
            verify(locations).update(eq(HARBOUR), sent.capture());
            org.assertj.core.api.Assertions.assertThat(sent.getValue().lateCancelFee()).isEqualByComparingTo("40.00");
            org.assertj.core.api.Assertions.assertThat(sent.getValue().noShowFee()).isEqualByComparingTo("60.00");
        }

        @Test
        void aMalformedFeeIsShownBesideItAndNothingIsSaved() throws Exception {
            mvc.perform(post("/admin/locations/" + HARBOUR).param("name", "Harbour Street Clinic")
                    .param("timeZone", "America/New_York").param("bufferMinutes", "15").param("lateCancelHours", "24")
                    .param("rooms", "Willow room").param("kits", "2").param("lateCancelFee", "40.123")
                    .param("noShowFee", "abc").with(SignedIn.admin()).with(csrf()))
                    .andExpect(status().isOk())
                    .andExpect(view().name("scheduling/location"))
                    .andExpect(model().attribute("noShowFee", "abc"))
                    .andExpect(PageSlice.fieldError("lateCancelFee",
                            "This must be an amount with at most two decimals, such as \"95.00\"."))
                    .andExpect(PageSlice.fieldError("noShowFee",
                            "This must be an amount with at most two decimals, such as \"95.00\"."));
            verify(locations, never()).update(any(), any());
        }
    }

    @Nested
    class RefusedForms {

        @Test
        void aLocationsProblemsAreShownBesideTheFieldsWithTheFormAsTyped() throws Exception {
            when(locations.create(any())).thenThrow(new RuleViolationException("x", List.of(
                    new FieldError("timeZone", "must be an IANA time zone such as America/New_York"),
                    new FieldError("rooms", "needs at least one room"))));
            mvc.perform(post("/admin/locations").param("name", "Annex").param("timeZone", "+05:00")
                    .param("bufferMinutes", "ten").param("rooms", "").with(SignedIn.admin()).with(csrf()))
                    .andExpect(status().isOk())
                    .andExpect(view().name("scheduling/setup"))
                    .andExpect(model().attribute("form", hasEntry("timeZone", "+05:00")))
                    .andExpect(model().attribute("errors", hasEntry("rooms", "needs at least one room")))
                    .andExpect(PageSlice.fieldError("timeZone",
                            "This must be an IANA time zone such as America/New_York."))
                    .andExpect(PageSlice.fieldError("needs at least one room"));
            ArgumentCaptor<Location> sent = ArgumentCaptor.forClass(Location.class);
            verify(locations).create(sent.capture());
            org.assertj.core.api.Assertions.assertThat(sent.getValue().bufferMinutes()).isEqualTo(-1);
            org.assertj.core.api.Assertions.assertThat(sent.getValue().lateCancelHours()).isEqualTo(-1);
        }

        @Test
        void aLocationSavedWithProblemsKeepsTheRoomsAsTyped() throws Exception {
            when(locations.update(eq(HARBOUR), any())).thenThrow(RuleViolationException.of("equipment[0].count",
                    "must be a whole number from 0 to 50"));
            mvc.perform(post("/admin/locations/" + HARBOUR).param("name", "Harbour Street Clinic")
                    .param("timeZone", "America/New_York").param("bufferMinutes", "15").param("lateCancelHours", "24")
                    .param("rooms", "Willow room\nNew room").param("kits", "99").with(SignedIn.admin()).with(csrf()))
                    .andExpect(status().isOk())
                    .andExpect(view().name("scheduling/location"))
                    .andExpect(model().attribute("rooms", "Willow room\nNew room"))
                    .andExpect(PageSlice.fieldError("This must be a whole number from 0 to 50."));
        }

        @Test
        void aServiceCodeTakenIsShownBesideTheCode() throws Exception {
            when(services.save(any(), anyBoolean())).thenThrow(new ConflictException("A service with this code exists"));
            mvc.perform(post("/admin/services").param("code", "MEDICAL_MASSAGE_60").param("name", "Again")
                    .param("minutes", "60").with(SignedIn.admin()).with(csrf()))
                    .andExpect(status().isOk())
                    .andExpect(view().name("scheduling/setup"))
                    .andExpect(model().attribute("form", hasEntry("code", "MEDICAL_MASSAGE_60")))
                    .andExpect(PageSlice.fieldError("code", "A service with this code exists"));
        }

        @Test
        void anEditedServicesProblemsStayOnItsPage() throws Exception {
            when(services.save(any(), anyBoolean())).thenThrow(RuleViolationException.of("minutes",
                    "must be a multiple of 15"));
            mvc.perform(post("/admin/services/MEDICAL_MASSAGE_60").param("name", "Medical massage")
                    .param("minutes", "50").param("active", "true").with(SignedIn.admin()).with(csrf()))
                    .andExpect(status().isOk())
                    .andExpect(view().name("scheduling/service"))
                    .andExpect(model().attribute("service", new Service("MEDICAL_MASSAGE_60", "Medical massage", 50,
                            List.of(), true)))
                    .andExpect(PageSlice.fieldError("minutes", "This must be a multiple of 15."));
        }
    }

    @Nested
    class Access {

        @Test
        void anUnknownLocationOrServiceIsNotFound() throws Exception {
            UUID unknown = UUID.randomUUID();
            when(locations.get(unknown)).thenThrow(new NotFoundException("Location"));
            mvc.perform(get("/admin/locations/" + unknown).with(SignedIn.admin())).andExpect(status().isNotFound());
            mvc.perform(get("/admin/services/NOPE").with(SignedIn.admin())).andExpect(status().isNotFound());
        }

        @Test
        void onlyAnAdministratorSeesTheSetup() throws Exception {
            mvc.perform(get("/admin/scheduling").with(SignedIn.therapist())).andExpect(status().isForbidden());
            mvc.perform(get("/admin/scheduling").with(SignedIn.frontDesk())).andExpect(status().isForbidden());
            mvc.perform(get("/admin/scheduling").with(SignedIn.client())).andExpect(status().isForbidden());
        }

        @Test
        void nobodySignedInIsSentToSignIn() throws Exception {
            mvc.perform(get("/admin/scheduling")).andExpect(status().is3xxRedirection())
                    .andExpect(redirectedUrl("/login"));
        }

        @Test
        void aChangeWithoutTheFormsTokenIsRefusedAndNothingIsSaved() throws Exception {
            mvc.perform(post("/admin/locations").param("name", "Annex").with(SignedIn.admin()))
                    .andExpect(status().isForbidden());
            verify(locations, never()).create(any());
        }
    }

    static void assertLocation(Location location, String name, String zone, int buffer, int late, int kits) {
        org.assertj.core.api.Assertions.assertThat(location.name()).isEqualTo(name);
        org.assertj.core.api.Assertions.assertThat(location.timeZone()).isEqualTo(zone);
        org.assertj.core.api.Assertions.assertThat(location.bufferMinutes()).isEqualTo(buffer);
        org.assertj.core.api.Assertions.assertThat(location.lateCancelHours()).isEqualTo(late);
        org.assertj.core.api.Assertions.assertThat(location.equipment())
                .containsExactly(new Equipment(Locations.HOT_STONE_KIT, kits));
    }
}
