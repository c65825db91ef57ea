#include "EnterpriseStore.h"

#include "crypto/Crypto.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QUuid>

using namespace Qt::Literals::StringLiterals;

namespace taxbox::store {

namespace {

constexpr Migration kMigrations[] = {
    {1, R"sql(
CREATE TABLE enterprise_profile (
    singleton     INTEGER PRIMARY KEY CHECK (singleton = 1),
    enterprise_id TEXT NOT NULL,
    name          TEXT NOT NULL,
    credit_code   TEXT NOT NULL,
    taxpayer_kind TEXT NOT NULL CHECK (taxpayer_kind IN ('small', 'general')),
    region        TEXT NOT NULL,
    address       TEXT NOT NULL DEFAULT '',
    phone         TEXT NOT NULL DEFAULT '',
    bank          TEXT NOT NULL DEFAULT '',
    bank_account  TEXT NOT NULL DEFAULT '',
    tax_office    TEXT NOT NULL DEFAULT '',
    created_at    TEXT NOT NULL,
    updated_at    TEXT NOT NULL
);
CREATE TABLE audit_log (
    id             INTEGER PRIMARY KEY AUTOINCREMENT,
    at             TEXT NOT NULL,
    user_id        TEXT NOT NULL,
    user_name      TEXT NOT NULL,
    action         TEXT NOT NULL,
    record_type    TEXT NOT NULL,
    record_id      TEXT NOT NULL,
    before_hash    TEXT,
    after_hash     TEXT,
    changed_fields TEXT NOT NULL DEFAULT '[]'
);
CREATE TRIGGER audit_log_no_update BEFORE UPDATE ON audit_log
BEGIN SELECT RAISE(ABORT, 'the audit log is append-only'); END;
CREATE TRIGGER audit_log_no_delete BEFORE DELETE ON audit_log
BEGIN SELECT RAISE(ABORT, 'the audit log is append-only'); END;
CREATE TABLE outbox (
    sequence   INTEGER PRIMARY KEY AUTOINCREMENT,
    uuid       TEXT NOT NULL UNIQUE,
    type       TEXT NOT NULL,
    payload    TEXT NOT NULL,
    created_at TEXT NOT NULL,
    state      TEXT NOT NULL DEFAULT 'pending'
               CHECK (state IN ('pending', 'accepted', 'duplicate', 'rejected', 'conflict')),
    attempts   INTEGER NOT NULL DEFAULT 0,
    last_error TEXT,
    receipt    TEXT,
    updated_at TEXT
);
)sql"},
    {2, R"sql(
ALTER TABLE enterprise_profile ADD COLUMN archived_at TEXT;
CREATE INDEX outbox_by_state ON outbox (state, sequence);
)sql"},
    // Payroll: employees, monthly entries, the computed withholding and the state of each month.
    {3, R"sql(
CREATE TABLE employee (
    id                  TEXT PRIMARY KEY,
    name                TEXT NOT NULL,
    resident_id         TEXT NOT NULL UNIQUE,
    hire_date           TEXT NOT NULL,
    first_job           INTEGER NOT NULL DEFAULT 0,
    sixty_thousand_rule INTEGER NOT NULL DEFAULT 0,
    declarations        TEXT NOT NULL DEFAULT '{}',
    created_at          TEXT NOT NULL,
    updated_at          TEXT NOT NULL
);
CREATE TABLE payroll_month (
    period      TEXT PRIMARY KEY,
    state       TEXT NOT NULL DEFAULT 'open' CHECK (state IN ('open', 'closed')),
    computed_at TEXT,
    closed_at   TEXT,
    closed_by   TEXT
);
CREATE TABLE payroll_entry (
    period        TEXT NOT NULL,
    employee_id   TEXT NOT NULL REFERENCES employee (id),
    income_fen    INTEGER NOT NULL,
    exempt_fen    INTEGER NOT NULL DEFAULT 0,
    special_fen   INTEGER NOT NULL DEFAULT 0,
    additional_fen INTEGER,
    other_fen     INTEGER NOT NULL DEFAULT 0,
    relief_fen    INTEGER NOT NULL DEFAULT 0,
    PRIMARY KEY (period, employee_id)
);
CREATE TABLE withholding (
    period                   TEXT NOT NULL,
    employee_id              TEXT NOT NULL REFERENCES employee (id),
    income_fen               INTEGER NOT NULL,
    exempt_fen               INTEGER NOT NULL,
    special_fen              INTEGER NOT NULL,
    additional_fen           INTEGER NOT NULL,
    other_fen                INTEGER NOT NULL,
    cumulative_income_fen    INTEGER NOT NULL,
    cumulative_exempt_fen    INTEGER NOT NULL,
    cumulative_basic_fen     INTEGER NOT NULL,
    cumulative_special_fen   INTEGER NOT NULL,
    cumulative_additional_fen INTEGER NOT NULL,
    cumulative_other_fen     INTEGER NOT NULL,
    cumulative_relief_fen    INTEGER NOT NULL,
    cumulative_taxable_fen   INTEGER NOT NULL,
    rate_basis_points        INTEGER NOT NULL,
    quick_deduction_fen      INTEGER NOT NULL,
    cumulative_tax_fen       INTEGER NOT NULL,
    withheld_before_fen      INTEGER NOT NULL,
    withheld_fen             INTEGER NOT NULL,
    PRIMARY KEY (period, employee_id)
);
)sql"},
    // Sync: this store's device per server (its Ed25519 key stays in this encrypted store), the record
    // a queued item changes (for conflicts), number ranges granted by the server, the change cursor.
    {4, R"sql(
ALTER TABLE outbox ADD COLUMN record_key TEXT;
ALTER TABLE outbox ADD COLUMN server_receipt INTEGER;
ALTER TABLE outbox ADD COLUMN current_receipt INTEGER;
ALTER TABLE outbox ADD COLUMN resolution TEXT;
CREATE TABLE sync_device (
    server      TEXT PRIMARY KEY,
    device_id   TEXT NOT NULL,
    private_key BLOB NOT NULL,
    server_key  TEXT NOT NULL,
    enrolled_at TEXT NOT NULL
);
CREATE TABLE sync_state (
    name  TEXT PRIMARY KEY,
    value TEXT NOT NULL
);
CREATE TABLE record_head (
    record_key TEXT PRIMARY KEY,
    receipt    INTEGER NOT NULL
);
CREATE TABLE number_grant (
    range_id    TEXT PRIMARY KEY,
    kind        TEXT NOT NULL,
    first_number INTEGER NOT NULL,
    last_number INTEGER NOT NULL,
    next_number INTEGER NOT NULL,
    max_offline_hours INTEGER NOT NULL,
    max_offline_amount_fen INTEGER NOT NULL,
    granted_at  TEXT NOT NULL,
    grant_json  TEXT NOT NULL,
    signature   TEXT NOT NULL,
    CHECK (next_number BETWEEN first_number AND last_number + 1)
);
CREATE TABLE rule_pack_update (
    version     TEXT PRIMARY KEY,
    pack        BLOB NOT NULL,
    signature   BLOB NOT NULL,
    received_at TEXT NOT NULL
);
)sql"},
    // Invoicing: issued invoices (immutable, signed; red ones reference their blue one), their lines
    // for totals by rate, and the customers and products remembered for the issuing form.
    {5, R"sql(
CREATE TABLE invoice (
    number          TEXT PRIMARY KEY,
    kind            TEXT NOT NULL CHECK (kind IN ('special', 'ordinary')),
    issued_at       TEXT NOT NULL,
    issue_date      TEXT NOT NULL,
    buyer_name      TEXT NOT NULL,
    buyer_code      TEXT NOT NULL,
    amount_fen      INTEGER NOT NULL,
    tax_fen         INTEGER NOT NULL,
    total_fen       INTEGER NOT NULL,
    blue_number     TEXT REFERENCES invoice (number),
    range_id        TEXT NOT NULL,
    content         TEXT NOT NULL,
    signature       TEXT NOT NULL,
    server_key      TEXT NOT NULL
);
CREATE INDEX invoice_by_date ON invoice (issue_date, number);
CREATE INDEX invoice_by_blue ON invoice (blue_number);
CREATE TABLE invoice_line (
    number     TEXT NOT NULL REFERENCES invoice (number),
    line       INTEGER NOT NULL,
    rate       TEXT NOT NULL,
    amount_fen INTEGER NOT NULL,
    tax_fen    INTEGER NOT NULL,
    PRIMARY KEY (number, line)
);
CREATE TRIGGER invoice_no_update BEFORE UPDATE ON invoice
BEGIN SELECT RAISE(ABORT, 'an issued invoice never changes'); END;
CREATE TRIGGER invoice_no_delete BEFORE DELETE ON invoice
BEGIN SELECT RAISE(ABORT, 'an issued invoice is never deleted'); END;
CREATE TRIGGER invoice_line_no_update BEFORE UPDATE ON invoice_line
BEGIN SELECT RAISE(ABORT, 'an issued invoice never changes'); END;
CREATE TRIGGER invoice_line_no_delete BEFORE DELETE ON invoice_line
BEGIN SELECT RAISE(ABORT, 'an issued invoice is never deleted'); END;
-- 红字确认单: requested by the seller ("outgoing") or received from a seller ("incoming"), decided by
-- the buyer through the server; a confirmed outgoing one allows one red invoice.
CREATE TABLE red_confirmation (
    id           TEXT PRIMARY KEY,
    direction    TEXT NOT NULL CHECK (direction IN ('outgoing', 'incoming')),
    blue_number  TEXT NOT NULL,
    seller_code  TEXT NOT NULL,
    buyer_code   TEXT NOT NULL,
    counterparty TEXT NOT NULL,
    amount_fen   INTEGER NOT NULL CHECK (amount_fen > 0),
    reason       TEXT NOT NULL,
    state        TEXT NOT NULL CHECK (state IN ('requested', 'confirmed', 'refused', 'used')),
    requested_at TEXT NOT NULL,
    decided_at   TEXT,
    red_number   TEXT
);
CREATE TABLE customer (
    id           TEXT PRIMARY KEY,
    name         TEXT NOT NULL UNIQUE,
    credit_code  TEXT NOT NULL DEFAULT '',
    address      TEXT NOT NULL DEFAULT '',
    phone        TEXT NOT NULL DEFAULT '',
    bank         TEXT NOT NULL DEFAULT '',
    bank_account TEXT NOT NULL DEFAULT '',
    individual   INTEGER NOT NULL DEFAULT 0,
    updated_at   TEXT NOT NULL
);
CREATE TABLE product (
    id                 TEXT PRIMARY KEY,
    name               TEXT NOT NULL UNIQUE,
    tax_code           TEXT NOT NULL DEFAULT '',
    short_name         TEXT NOT NULL DEFAULT '',
    specification      TEXT NOT NULL DEFAULT '',
    unit               TEXT NOT NULL DEFAULT '',
    unit_price         TEXT NOT NULL DEFAULT '',
    price_includes_tax INTEGER NOT NULL DEFAULT 0,
    rate               TEXT NOT NULL,
    updated_at         TEXT NOT NULL
);
)sql"},
    // Numbers are never issued twice: a grant is bound to one store at one place (sync_state
    // "bound_location"); a restored or copied store retires its grants until the server grants new
    // ones. An invoice the server refuses because its number is already used by another stands voided
    // here, with the reason (the invoice row itself never changes).
    {6, R"sql(
ALTER TABLE number_grant ADD COLUMN retired_reason TEXT;
CREATE TABLE invoice_void (
    number    TEXT PRIMARY KEY REFERENCES invoice (number),
    reason    TEXT NOT NULL,
    voided_at TEXT NOT NULL
);
)sql"},
    // Payroll started mid-year: each employee's cumulative figures at the end of the month before the
    // first month Taxbox computes (the 扣缴端's 上期累计), in fen.
    {7, R"sql(
CREATE TABLE payroll_opening (
    period         TEXT NOT NULL,
    employee_id    TEXT NOT NULL REFERENCES employee (id),
    income_fen     INTEGER NOT NULL,
    exempt_fen     INTEGER NOT NULL,
    basic_fen      INTEGER NOT NULL,
    special_fen    INTEGER NOT NULL,
    additional_fen INTEGER NOT NULL,
    other_fen      INTEGER NOT NULL,
    withheld_fen   INTEGER NOT NULL,
    imported_at    TEXT NOT NULL,
    PRIMARY KEY (period, employee_id)
);
)sql"},
    // A 红字确认单 the buyer confirmed outside this server (电子税务局, or on paper): its number.
    {8, R"sql(
ALTER TABLE red_confirmation ADD COLUMN confirmation_number TEXT;
)sql"},
    // 进项发票: invoices and vouchers the enterprise received, their checks and their confirmed use.
    {9, R"sql(
CREATE TABLE received_invoice (
    number             TEXT PRIMARY KEY,
    voucher_type       TEXT NOT NULL,
    document           TEXT NOT NULL,
    source             TEXT NOT NULL,
    file_name          TEXT NOT NULL,
    file_sha256        TEXT NOT NULL,
    checks             TEXT NOT NULL,
    deductible_tax_fen INTEGER NOT NULL,
    use                TEXT NOT NULL,
    use_period         TEXT NOT NULL,
    use_reason         TEXT NOT NULL,
    imported_at        TEXT NOT NULL,
    confirmed_at       TEXT,
    issue_month        TEXT NOT NULL,
    seller_code        TEXT NOT NULL,
    seller_name        TEXT NOT NULL
);
CREATE INDEX received_invoice_month ON received_invoice (issue_month);
CREATE INDEX received_invoice_use ON received_invoice (use, use_period);
)sql"},
    // Returns (申报): drafts and filed versions (a filed one never changes; a correction is a new
    // revision naming the one it replaces), the data entered for them (income statement, stamp-duty
    // documents, settings), and the store's key that signs filed returns. For the VAT return's
    // attachments an issued line keeps its category (the tax code's first digit: 1 goods … 5 real estate),
    // filled once for lines issued before this version (the only change an issued line allows), and a
    // received invoice its amount and kind.
    {10, R"sql(
ALTER TABLE invoice_line ADD COLUMN category TEXT NOT NULL DEFAULT '';
DROP TRIGGER invoice_line_no_update;
CREATE TRIGGER invoice_line_no_update BEFORE UPDATE ON invoice_line
WHEN NOT (OLD.category = '' AND NEW.number = OLD.number AND NEW.line = OLD.line AND NEW.rate = OLD.rate
          AND NEW.amount_fen = OLD.amount_fen AND NEW.tax_fen = OLD.tax_fen)
BEGIN SELECT RAISE(ABORT, 'an issued invoice never changes'); END;
CREATE INDEX invoice_line_uncategorised ON invoice_line (number) WHERE category = '';
ALTER TABLE received_invoice ADD COLUMN amount_fen INTEGER;
ALTER TABLE received_invoice ADD COLUMN invoice_kind TEXT;
CREATE INDEX received_invoice_unfilled ON received_invoice (number) WHERE amount_fen IS NULL;
CREATE TABLE filing_return (
    id            TEXT PRIMARY KEY,
    form          TEXT NOT NULL,
    period        TEXT NOT NULL,
    revision      INTEGER NOT NULL CHECK (revision >= 1),
    replaces      TEXT REFERENCES filing_return (id),
    state         TEXT NOT NULL CHECK (state IN ('draft', 'filed')),
    form_version  TEXT NOT NULL,
    request       TEXT NOT NULL,
    generated     TEXT NOT NULL,
    sources       TEXT NOT NULL,
    overrides     TEXT NOT NULL,
    result        TEXT NOT NULL,
    created_at    TEXT NOT NULL,
    updated_at    TEXT NOT NULL,
    filed_at      TEXT,
    filed_by      TEXT,
    confirmed     TEXT,
    content       TEXT,
    signature     TEXT,
    public_key    TEXT,
    outbox_uuid   TEXT,
    UNIQUE (form, period, revision)
);
CREATE INDEX filing_return_period ON filing_return (period, form);
CREATE TRIGGER filing_return_filed_no_update BEFORE UPDATE ON filing_return WHEN OLD.state = 'filed'
BEGIN SELECT RAISE(ABORT, 'a filed return never changes'); END;
CREATE TRIGGER filing_return_filed_no_delete BEFORE DELETE ON filing_return WHEN OLD.state = 'filed'
BEGIN SELECT RAISE(ABORT, 'a filed return is never deleted'); END;
CREATE TABLE filing_data (
    kind       TEXT NOT NULL,
    period     TEXT NOT NULL,
    data       TEXT NOT NULL,
    updated_at TEXT NOT NULL,
    PRIMARY KEY (kind, period)
);
CREATE TABLE filing_key (
    id          INTEGER PRIMARY KEY CHECK (id = 1),
    private_key BLOB NOT NULL,
    public_key  TEXT NOT NULL,
    created_at  TEXT NOT NULL
);
)sql"},
    // Refund applications (退(抵)税, 免抵退): prepared as drafts, filed (signed content, queued), then moved
    // through the states of the one refund state machine, each step kept in `history`. The export register
    // is kept in filing_data (kind 'export_register').
    {11, R"sql(
CREATE TABLE refund_application (
    id              TEXT PRIMARY KEY,
    kind            TEXT NOT NULL CHECK (kind IN ('retained_credit', 'export_declaration', 'overpayment', 'cit_settlement')),
    period          TEXT NOT NULL,
    revision        INTEGER NOT NULL CHECK (revision >= 1),
    state           TEXT NOT NULL CHECK (state IN ('draft', 'submitted', 'accepted', 'under_review', 'approved', 'rejected',
                                                   'treasury', 'treasury_failed', 'paid', 'offset', 'withdrawn')),
    request         TEXT NOT NULL,
    result          TEXT NOT NULL,
    history         TEXT NOT NULL,
    amount_claimed  TEXT NOT NULL,
    amount_approved TEXT NOT NULL DEFAULT '',
    submitted_at    TEXT,
    decided_at      TEXT,
    created_at      TEXT NOT NULL,
    updated_at      TEXT NOT NULL,
    content         TEXT,
    signature       TEXT,
    outbox_uuid     TEXT
);
CREATE INDEX refund_application_by_kind ON refund_application (kind, period);
)sql"},
};

constexpr std::string_view kOutboxColumns = "SELECT sequence, uuid, type, payload, created_at, state, record_key, receipt, "
                                            "last_error, current_receipt, resolution FROM outbox ";

/// One row of kOutboxColumns.
OutboxItem outboxItemOf(const Statement &row)
{
    return {row.int64(0),
            row.text(1),
            row.text(2),
            QJsonDocument::fromJson(row.text(3).toUtf8()).object(),
            QDateTime::fromString(row.text(4), Qt::ISODateWithMs),
            row.text(5),
            row.text(6),
            row.text(7),
            row.text(8),
            row.int64(9),
            row.text(10)};
}

QString canonicalHash(const QJsonObject &record)
{
    if (record.isEmpty())
        return {};
    // QJsonObject keeps keys sorted, so the compact form is canonical.
    return crypto::sha256Hex(QJsonDocument(record).toJson(QJsonDocument::Compact));
}

QStringList changedFields(const QJsonObject &before, const QJsonObject &after)
{
    QStringList fields;
    for (auto it = after.begin(); it != after.end(); ++it) {
        if (before.value(it.key()) != it.value())
            fields.append(it.key());
    }
    for (auto it = before.begin(); it != before.end(); ++it) {
        if (!after.contains(it.key()))
            fields.append(it.key());
    }
    return fields;
}

} // namespace

std::span<const Migration> enterpriseMigrations()
{
    return kMigrations;
}

EnterpriseStore::EnterpriseStore(Database database, QString enterpriseId, Actor actor)
    : m_database(std::move(database))
    , m_enterpriseId(std::move(enterpriseId))
    , m_actor(std::move(actor))
{ }

Result<void> EnterpriseStore::require(Permission permission, const QString &action) const
{
    if (!allows(m_actor.role, permission))
        return fail(u"permission_denied"_s, RoleNames::refusal(m_actor.role, action));
    return {};
}

Result<std::unique_ptr<EnterpriseStore>> EnterpriseStore::create(const QString &path, const crypto::SecureBytes &key,
                                                                 const QString &enterpriseId, const EnterpriseProfile &profile,
                                                                 const Actor &actor)
{
    const auto valid = profile.validated();
    if (!valid)
        return std::unexpected(valid.error());
    auto database = Database::open(path, key, Database::Mode::Create);
    if (!database)
        return std::unexpected(database.error());
    if (auto migrated = migrate(*database, kMigrations); !migrated)
        return std::unexpected(migrated.error());

    std::unique_ptr<EnterpriseStore> store(new EnterpriseStore(std::move(*database), enterpriseId, actor));
    auto transaction = Transaction::begin(store->m_database);
    if (!transaction)
        return std::unexpected(transaction.error());
    auto insert = store->m_database.prepare(
        "INSERT INTO enterprise_profile (singleton, enterprise_id, name, credit_code, taxpayer_kind, region, address, phone, "
        "bank, bank_account, tax_office, created_at, updated_at) VALUES (1, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)");
    if (!insert)
        return std::unexpected(insert.error());
    const QString at = timestampNow();
    insert->bind(1, enterpriseId)
        .bind(2, valid->name)
        .bind(3, valid->creditCode)
        .bind(4, taxpayerKindCode(valid->taxpayerKind))
        .bind(5, valid->region)
        .bind(6, valid->address)
        .bind(7, valid->phone)
        .bind(8, valid->bank)
        .bind(9, valid->bankAccount)
        .bind(10, valid->taxOffice)
        .bind(11, at)
        .bind(12, at);
    if (auto inserted = insert->run(); !inserted)
        return std::unexpected(inserted.error());
    QJsonObject after = valid->toJson();
    after.insert(u"id"_s, enterpriseId);
    if (auto recorded = store->recordChange({u"create"_s, u"enterprise"_s, enterpriseId, {}, after, u"enterprise.created"_s});
        !recorded)
        return std::unexpected(recorded.error());
    if (auto committed = transaction->commit(); !committed)
        return std::unexpected(committed.error());
    return store;
}

Result<std::unique_ptr<EnterpriseStore>> EnterpriseStore::open(const QString &path, const crypto::SecureBytes &key,
                                                               const QString &enterpriseId, const Actor &actor)
{
    auto database = Database::open(path, key, Database::Mode::OpenExisting);
    if (!database)
        return std::unexpected(database.error());
    if (auto migrated = migrate(*database, kMigrations); !migrated)
        return std::unexpected(migrated.error());
    return std::unique_ptr<EnterpriseStore>(new EnterpriseStore(std::move(*database), enterpriseId, actor));
}

Result<EnterpriseProfile> EnterpriseStore::profile()
{
    auto query = m_database.prepare("SELECT name, credit_code, taxpayer_kind, region, address, phone, bank, bank_account, "
                                    "tax_office FROM enterprise_profile WHERE singleton = 1");
    if (!query)
        return std::unexpected(query.error());
    auto row = query->step();
    if (!row)
        return std::unexpected(row.error());
    if (!*row)
        return fail(u"store_damaged"_s, tr("The enterprise store has no profile."));
    EnterpriseProfile profile;
    profile.name = query->text(0);
    profile.creditCode = query->text(1);
    profile.taxpayerKind = parseTaxpayerKind(query->text(2)).value_or(TaxpayerKind::SmallScale);
    profile.region = query->text(3);
    profile.address = query->text(4);
    profile.phone = query->text(5);
    profile.bank = query->text(6);
    profile.bankAccount = query->text(7);
    profile.taxOffice = query->text(8);
    return profile;
}

Result<bool> EnterpriseStore::isArchived()
{
    auto count = m_database.scalar("SELECT count(*) FROM enterprise_profile WHERE archived_at IS NOT NULL");
    if (!count)
        return std::unexpected(count.error());
    return *count > 0;
}

Result<EnterpriseProfile> EnterpriseStore::updateProfile(const EnterpriseProfile &changed)
{
    if (auto allowed = require(Permission::Administer, tr("edit the enterprise profile")); !allowed)
        return std::unexpected(allowed.error());
    const auto valid = changed.validated();
    if (!valid)
        return valid;
    auto archived = isArchived();
    if (!archived)
        return std::unexpected(archived.error());
    if (*archived)
        return fail(u"archived"_s, tr("The enterprise is archived; restore it from the archive before editing it."));

    auto transaction = Transaction::begin(m_database);
    if (!transaction)
        return std::unexpected(transaction.error());
    const auto current = profile();
    if (!current)
        return current;
    if (*current == *valid)
        return valid;
    auto update = m_database.prepare("UPDATE enterprise_profile SET name = ?, credit_code = ?, taxpayer_kind = ?, region = ?, "
                                     "address = ?, phone = ?, bank = ?, bank_account = ?, tax_office = ?, updated_at = ? "
                                     "WHERE singleton = 1");
    if (!update)
        return std::unexpected(update.error());
    update->bind(1, valid->name)
        .bind(2, valid->creditCode)
        .bind(3, taxpayerKindCode(valid->taxpayerKind))
        .bind(4, valid->region)
        .bind(5, valid->address)
        .bind(6, valid->phone)
        .bind(7, valid->bank)
        .bind(8, valid->bankAccount)
        .bind(9, valid->taxOffice)
        .bind(10, timestampNow());
    if (auto updated = update->run(); !updated)
        return std::unexpected(updated.error());
    QJsonObject before = current->toJson();
    QJsonObject after = valid->toJson();
    before.insert(u"id"_s, m_enterpriseId);
    after.insert(u"id"_s, m_enterpriseId);
    if (auto recorded = recordChange(
            {u"update"_s, u"enterprise"_s, m_enterpriseId, before, after, u"enterprise.updated"_s, u"enterprise-profile"_s});
        !recorded)
        return std::unexpected(recorded.error());
    if (auto committed = transaction->commit(); !committed)
        return std::unexpected(committed.error());
    return valid;
}

Result<void> EnterpriseStore::setArchived(bool archived)
{
    if (auto allowed = require(Permission::Administer, archived ? tr("archive the enterprise") : tr("restore the enterprise"));
        !allowed)
        return allowed;
    auto transaction = Transaction::begin(m_database);
    if (!transaction)
        return std::unexpected(transaction.error());
    auto current = isArchived();
    if (!current)
        return std::unexpected(current.error());
    if (*current == archived)
        return {};
    auto update = m_database.prepare("UPDATE enterprise_profile SET archived_at = ?, updated_at = ? WHERE singleton = 1");
    if (!update)
        return std::unexpected(update.error());
    const QString at = timestampNow();
    update->bind(1, archived ? at : QString()).bind(2, at);
    if (auto updated = update->run(); !updated)
        return updated;
    const QJsonObject before{{u"id"_s, m_enterpriseId}, {u"archived"_s, !archived}};
    const QJsonObject after{{u"id"_s, m_enterpriseId}, {u"archived"_s, archived}};
    if (auto recorded = recordChange({archived ? u"archive"_s : u"unarchive"_s, u"enterprise"_s, m_enterpriseId, before, after,
                                      archived ? u"enterprise.archived"_s : u"enterprise.unarchived"_s});
        !recorded)
        return recorded;
    return transaction->commit();
}

Result<void> EnterpriseStore::recordChange(const RecordChange &change)
{
    const QString at = timestampNow();
    // Cached: a batch (invoices, payroll) records thousands of changes in one transaction.
    auto audit = m_database.cached("INSERT INTO audit_log (at, user_id, user_name, action, record_type, record_id, before_hash, "
                                   "after_hash, changed_fields) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)");
    if (!audit)
        return std::unexpected(audit.error());
    const QByteArray afterJson
        = change.afterJson.isEmpty() ? QJsonDocument(change.after).toJson(QJsonDocument::Compact) : change.afterJson;
    const QString beforeHash = canonicalHash(change.before);
    const QString afterHash = change.after.isEmpty() ? QString() : crypto::sha256Hex(afterJson);
    (*audit)
        ->bind(1, at)
        .bind(2, m_actor.userId)
        .bind(3, m_actor.userName)
        .bind(4, change.action)
        .bind(5, change.recordType)
        .bind(6, change.recordId)
        .bind(7, beforeHash)
        .bind(8, afterHash)
        .bind(9,
              QString::fromUtf8(QJsonDocument(QJsonArray::fromStringList(changedFields(change.before, change.after)))
                                    .toJson(QJsonDocument::Compact)));
    if (auto written = (*audit)->run(); !written)
        return written;
    if (change.outboxType.isEmpty())
        return {};
    auto outbox = m_database.cached("INSERT INTO outbox (uuid, type, payload, created_at, record_key) VALUES (?, ?, ?, ?, ?)");
    if (!outbox)
        return std::unexpected(outbox.error());
    (*outbox)
        ->bind(1, QUuid::createUuid().toString(QUuid::WithoutBraces))
        .bind(2, change.outboxType)
        .bind(3, QString::fromUtf8(afterJson))
        .bind(4, at)
        .bind(5, change.outboxKey);
    return (*outbox)->run();
}

Result<QList<AuditEntry>> EnterpriseStore::auditLog()
{
    auto query = m_database.prepare("SELECT id, at, user_id, user_name, action, record_type, record_id, before_hash, after_hash, "
                                    "changed_fields FROM audit_log ORDER BY id");
    if (!query)
        return std::unexpected(query.error());
    QList<AuditEntry> entries;
    if (auto rows = query->forEachRow([&] {
            QStringList fields;
            for (const QJsonValue &field : QJsonDocument::fromJson(query->text(9).toUtf8()).array())
                fields.append(field.toString());
            entries.append({query->int64(0), QDateTime::fromString(query->text(1), Qt::ISODateWithMs), query->text(2),
                            query->text(3), query->text(4), query->text(5), query->text(6), query->text(7), query->text(8),
                            fields});
        });
        !rows)
        return std::unexpected(rows.error());
    return entries;
}

Result<QList<OutboxItem>> EnterpriseStore::outbox()
{
    auto query = m_database.prepare(std::string(kOutboxColumns) + "ORDER BY sequence");
    if (!query)
        return std::unexpected(query.error());
    QList<OutboxItem> items;
    if (auto rows = query->forEachRow([&] { items.append(outboxItemOf(*query)); }); !rows)
        return std::unexpected(rows.error());
    return items;
}

Result<QList<OutboxItem>> EnterpriseStore::pendingOutbox(int limit)
{
    auto query = m_database.prepare(std::string(kOutboxColumns) + "WHERE state = 'pending' ORDER BY sequence LIMIT ?");
    if (!query)
        return std::unexpected(query.error());
    query->bind(1, limit);
    QList<OutboxItem> items;
    if (auto rows = query->forEachRow([&] { items.append(outboxItemOf(*query)); }); !rows)
        return std::unexpected(rows.error());
    return items;
}

Result<void> EnterpriseStore::recordAnswers(const QList<OutboxAnswer> &answers)
{
    auto transaction = Transaction::begin(m_database);
    if (!transaction)
        return std::unexpected(transaction.error());
    auto update = m_database.prepare("UPDATE outbox SET state = ?, receipt = ?, last_error = ?, attempts = attempts + 1, "
                                     "updated_at = ?, server_receipt = ?, current_receipt = ? WHERE uuid = ?");
    // The newest version of a record this device knows of: the base of its next change. Only ever
    // raised: an answer repeated later (a duplicate) must not undo a newer version learned since.
    auto head = m_database.prepare(
        "INSERT OR REPLACE INTO record_head (record_key, receipt) SELECT o.record_key, max(?, COALESCE((SELECT h.receipt FROM "
        "record_head h WHERE h.record_key = o.record_key), 0)) FROM outbox o WHERE o.uuid = ? AND o.record_key IS NOT NULL AND "
        "o.record_key != ''");
    if (!update || !head)
        return std::unexpected(!update ? update.error() : head.error());
    const QString stamp = timestampNow();
    for (const OutboxAnswer &answer : answers) {
        update->bind(1, answer.state)
            .bind(2, answer.receipt)
            .bind(3, answer.error)
            .bind(4, stamp)
            .bind(5, answer.serverReceipt ? Statement::Value(answer.serverReceipt) : Statement::Value(nullptr))
            .bind(6, answer.currentReceipt ? Statement::Value(answer.currentReceipt) : Statement::Value(nullptr))
            .bind(7, answer.uuid);
        if (auto ran = update->run(); !ran)
            return ran;
        update->reset();
        if (answer.serverReceipt && (answer.state == u"accepted" || answer.state == u"duplicate")) {
            head->bind(1, answer.serverReceipt).bind(2, answer.uuid);
            if (auto ran = head->run(); !ran)
                return ran;
            head->reset();
        }
    }
    return transaction->commit();
}

QString timestampNow()
{
    return QDateTime::currentDateTimeUtc().toString(Qt::ISODateWithMs);
}

} // namespace taxbox::store
