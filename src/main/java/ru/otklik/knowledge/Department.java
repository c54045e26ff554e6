package ru.otklik.knowledge;

import java.util.List;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.type.SqlTypes;

/** A unit of the department with its consultation-line numbers (§18); other features refer to it by code. */
@Entity
@Table(name = "department")
public class Department extends PanacheEntityBase {

    @Id
    public String code;

    @Column(nullable = false)
    public String name;

    /** As the Procedure writes them: local Novosibirsk numbers such as {@code 238-60-02}. */
    @JdbcTypeCode(SqlTypes.ARRAY)
    @Column(name = "line_phones", nullable = false)
    public List<String> linePhones;

    @Column(name = "sort_order", nullable = false)
    public int sortOrder;

    /** Where the unit head's reminders go (§35); none are sent while empty. */
    @Column(name = "head_email")
    public String headEmail;
}
