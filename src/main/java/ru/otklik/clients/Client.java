package ru.otklik.clients;

import java.time.Instant;
import java.util.UUID;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

/** A client of the department (§2) with the contacts and channels they chose (§3). */
@Entity
@Table(name = "client")
public class Client extends PanacheEntityBase {

    @Id
    public UUID id;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    public ClientType type;

    /** Full name of a person or a staff member, or the name of an organisation. */
    @Column(nullable = false)
    public String name;

    /** For an internal client: the unit of the department they work in. */
    @Column(name = "unit_name")
    public String unitName;

    public String inn;

    public String ogrn;

    public String email;

    /** E.164. */
    public String phone;

    @Column(name = "postal_address")
    public String postalAddress;

    /** OIDC subject of the client's portal account; unique. */
    @Column(name = "portal_subject")
    public String portalSubject;

    @Enumerated(EnumType.STRING)
    @Column(name = "preferred_channel", nullable = false)
    public Channel preferredChannel;

    @Enumerated(EnumType.STRING)
    @Column(name = "additional_channel")
    public Channel additionalChannel;

    @Column(name = "created_at", nullable = false)
    public Instant createdAt;

    @Column(name = "updated_at", nullable = false)
    public Instant updatedAt;

    @Version
    public long version;
}
