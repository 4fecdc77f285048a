package dev.toasty.sample.petclinic;

import org.springframework.dao.DuplicateKeyException;
import org.springframework.data.domain.PageRequest;
import org.springframework.data.domain.Sort;
import org.springframework.data.web.PagedModel;
import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

import java.time.LocalDate;
import java.util.List;

/** The clinic's REST API. It answers with view records built from the models, never with the models themselves. */
@RestController
public class ClinicController {

    private static final int PAGE_SIZE = 5;

    private final ClinicService clinic;
    private final VetRepository vets;

    public ClinicController(ClinicService clinic, VetRepository vets) {
        this.clinic = clinic;
        this.vets = vets;
    }

    public record NewOwner(String firstName, String lastName, String address, String city, String telephone) {
    }

    public record NewPet(String name, LocalDate birthDate, String type) {
    }

    public record NewVisit(LocalDate date, String description) {
    }

    @GetMapping("/owners")
    public PagedModel<OwnerView> owners(@RequestParam(defaultValue = "") String lastName,
                                        @RequestParam(defaultValue = "0") int page) {
        PageRequest request = PageRequest.of(page, PAGE_SIZE, Sort.by("lastName", "firstName"));
        return new PagedModel<>(clinic.findOwners(lastName, request).map(OwnerView::of));
    }

    @GetMapping("/owners/{ownerId}")
    public OwnerView owner(@PathVariable long ownerId) {
        return OwnerView.of(clinic.owner(ownerId));
    }

    @PostMapping("/owners")
    @ResponseStatus(HttpStatus.CREATED)
    public OwnerView addOwner(@RequestBody NewOwner owner) {
        return OwnerView.of(clinic.addOwner(owner.firstName(), owner.lastName(), owner.address(), owner.city(),
                owner.telephone()));
    }

    @PostMapping("/owners/{ownerId}/pets")
    @ResponseStatus(HttpStatus.CREATED)
    public PetView addPet(@PathVariable long ownerId, @RequestBody NewPet pet) {
        return PetView.of(clinic.addPet(ownerId, pet.name(), pet.birthDate(), pet.type()));
    }

    @PostMapping("/owners/{ownerId}/pets/{petId}/visits")
    @ResponseStatus(HttpStatus.CREATED)
    public VisitView addVisit(@PathVariable long ownerId, @PathVariable long petId, @RequestBody NewVisit visit) {
        return VisitView.of(clinic.addVisit(ownerId, petId, visit.date(), visit.description()));
    }

    @GetMapping("/vets")
    public List<VetView> vets() {
        return vets.findAllByOrderByLastNameAscFirstNameAsc().stream().map(VetView::of).toList();
    }

    /** A unique value taken (a second pet of the same name): 409 instead of 500. */
    @ExceptionHandler(DuplicateKeyException.class)
    public ProblemDetail duplicate(DuplicateKeyException e) {
        return ProblemDetail.forStatusAndDetail(HttpStatus.CONFLICT, "That name is taken");
    }
}
