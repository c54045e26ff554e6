package ru.otklik.clients;

import java.util.Optional;
import java.util.UUID;

import io.quarkus.hibernate.orm.panache.PanacheQuery;
import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;
import io.quarkus.panache.common.Parameters;
import io.quarkus.panache.common.Sort;
import jakarta.enterprise.context.ApplicationScoped;

@ApplicationScoped
public class ClientRepository implements PanacheRepositoryBase<Client, UUID> {

    public Optional<Client> byPortalSubject(String subject) {
        return find("portalSubject", subject).firstResultOptional();
    }

    /** Another legal entity with this INN; the INN identifies an organisation, so there is one record per INN. */
    public boolean innTakenByOther(String inn, UUID self) {
        return count("type = ?1 and inn = ?2 and id <> ?3", ClientType.LEGAL_ENTITY, inn, self) > 0;
    }

    public boolean portalSubjectTakenByOther(String subject, UUID self) {
        return count("portalSubject = ?1 and id <> ?2", subject, self) > 0;
    }

    /**
     * Staff search: a part of the name or e-mail, or an exact INN, OGRN or phone (any way of
     * writing it). An empty query lists everyone, by name.
     */
    public PanacheQuery<Client> search(String q, String phone) {
        Sort order = Sort.by("name").and("id");
        if (q == null || q.isBlank()) {
            return findAll(order);
        }
        String like = "%" + q.strip().toLowerCase().replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_") + "%";
        return find("lower(name) like :like escape '\\' or lower(email) like :like escape '\\' "
                + "or inn = :exact or ogrn = :exact or phone = :phone", order,
                Parameters.with("like", like).and("exact", q.strip()).and("phone", phone == null ? "" : phone));
    }
}
