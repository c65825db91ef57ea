#include "SyncLedger.h"

#include "money/Money.h"

#include "SyncClient.h"
#include "crypto/Crypto.h"
#include "rules/RulePack.h"
#include "store/EnterpriseStore.h"

#include <QFileInfo>
#include <QJsonDocument>
#include <QSysInfo>
#include <QUuid>

using namespace Qt::Literals::StringLiterals;

namespace taxbox::sync {

SyncLedger::SyncLedger(store::EnterpriseStore &store)
    : m_store(store)
{ }

Result<std::optional<DeviceIdentity>> SyncLedger::device(const QString &server)
{
    auto query = m_store.database().prepare("SELECT device_id, private_key, server_key FROM sync_device WHERE server = ?");
    if (!query)
        return std::unexpected(query.error());
    query->bind(1, server);
    auto row = query->step();
    if (!row)
        return std::unexpected(row.error());
    if (!*row)
        return std::optional<DeviceIdentity>();
    const QByteArray key = query->blob(1);
    return std::optional<DeviceIdentity>(DeviceIdentity{query->text(0), crypto::SecureBytes(key.constData(), key.size()),
                                                        QByteArray::fromBase64(query->text(2).toLatin1())});
}

Result<void> SyncLedger::saveDevice(const QString &server, const DeviceIdentity &device)
{
    auto insert = m_store.database().prepare(
        "INSERT OR REPLACE INTO sync_device (server, device_id, private_key, server_key, enrolled_at) VALUES (?, ?, ?, ?, ?)");
    if (!insert)
        return std::unexpected(insert.error());
    insert->bind(1, server)
        .bind(2, device.deviceId)
        .bind(3, QByteArray(device.privateKey.view().constData(), device.privateKey.view().size()))
        .bind(4, QString::fromLatin1(device.serverKey.toBase64()))
        .bind(5, store::timestampNow());
    return insert->run();
}

Result<qint64> SyncLedger::recordHead(const QString &recordKey)
{
    auto query = m_store.database().prepare("SELECT receipt FROM record_head WHERE record_key = ?");
    if (!query)
        return std::unexpected(query.error());
    query->bind(1, recordKey);
    auto row = query->step();
    if (!row)
        return std::unexpected(row.error());
    return *row ? query->int64(0) : 0;
}

Result<void> SyncLedger::raiseRecordHead(const QString &recordKey, qint64 receipt)
{
    auto current = recordHead(recordKey);
    if (!current)
        return std::unexpected(current.error());
    if (*current >= receipt)
        return {};
    auto update = m_store.database().prepare("INSERT OR REPLACE INTO record_head (record_key, receipt) VALUES (?, ?)");
    if (!update)
        return std::unexpected(update.error());
    update->bind(1, recordKey).bind(2, receipt);
    return update->run();
}

Result<QString> SyncLedger::state(const QString &name)
{
    // Cached: read for every invoice issued (the offline limits).
    auto query = m_store.database().cached("SELECT value FROM sync_state WHERE name = ?");
    if (!query)
        return std::unexpected(query.error());
    (*query)->bind(1, name);
    auto row = (*query)->step();
    if (!row)
        return std::unexpected(row.error());
    const QString value = *row ? (*query)->text(0) : QString();
    (*query)->reset(); // ends the read at once
    return value;
}

Result<void> SyncLedger::setState(const QString &name, const QString &value)
{
    auto update = m_store.database().cached("INSERT OR REPLACE INTO sync_state (name, value) VALUES (?, ?)");
    if (!update)
        return std::unexpected(update.error());
    (*update)->bind(1, name).bind(2, value);
    return (*update)->run();
}

Result<void> SyncLedger::markSynced(const QDateTime &at)
{
    auto transaction = store::Transaction::begin(m_store.database());
    if (!transaction)
        return std::unexpected(transaction.error());
    if (auto set = setState(u"last_sync_at"_s, at.toUTC().toString(Qt::ISODateWithMs)); !set)
        return set;
    if (auto set = setState(u"amount_since_sync_fen"_s, u"0"_s); !set)
        return set;
    return transaction->commit();
}

Result<std::optional<QDateTime>> SyncLedger::lastSync()
{
    auto value = state(u"last_sync_at"_s);
    if (!value)
        return std::unexpected(value.error());
    if (value->isEmpty())
        return std::optional<QDateTime>();
    return std::optional<QDateTime>(QDateTime::fromString(*value, Qt::ISODateWithMs));
}

QString SyncLedger::currentLocation() const
{
    // The machine id (/etc/machine-id, the registry's MachineGuid, …); the host name where there is none.
    // Read once per process: it is asked on every issue.
    static const QByteArray machine = [] {
        const QByteArray id = QSysInfo::machineUniqueId();
        return id.isEmpty() ? QSysInfo::machineHostName().toUtf8() : id;
    }();
    const QFileInfo file(m_store.database().path());
    const QString path = file.canonicalFilePath().isEmpty() ? file.absoluteFilePath() : file.canonicalFilePath();
    return QString::fromUtf8(machine.toHex()) + u'|' + path;
}

Result<void> SyncLedger::retireGrants(const QString &reason)
{
    auto retire = m_store.database().prepare("UPDATE number_grant SET retired_reason = ? WHERE retired_reason IS NULL");
    if (!retire)
        return std::unexpected(retire.error());
    retire->bind(1, reason);
    return retire->run();
}

Result<bool> SyncLedger::awayFromGrants()
{
    auto bound = state(u"bound_location"_s);
    if (!bound)
        return std::unexpected(bound.error());
    return !bound->isEmpty() && *bound != currentLocation();
}

Result<bool> SyncLedger::retireGrantsIfMoved()
{
    const QString here = currentLocation();
    auto bound = state(u"bound_location"_s);
    if (!bound)
        return std::unexpected(bound.error());
    if (*bound == here)
        return false;
    auto transaction = store::Transaction::begin(m_store.database());
    if (!transaction)
        return std::unexpected(transaction.error());
    // A store that never had a grant, or whose grants came before stores were bound, is bound here.
    const bool moved = !bound->isEmpty();
    if (moved) {
        if (auto retired = retireGrants(u"copied"_s); !retired)
            return std::unexpected(retired.error());
    }
    if (auto set = setState(u"bound_location"_s, here); !set)
        return std::unexpected(set.error());
    if (auto committed = transaction->commit(); !committed)
        return std::unexpected(committed.error());
    return moved;
}

Result<NumberGrant> SyncLedger::addGrant(const QJsonObject &grant, const QByteArray &signature, const DeviceIdentity &device)
{
    // Ranges received before a copy or a move were retired by now; the new one belongs here.
    if (auto moved = retireGrantsIfMoved(); !moved)
        return std::unexpected(moved.error());
    const QByteArray grantJson = QJsonDocument(grant).toJson(QJsonDocument::Compact);
    const QByteArray signedBytes = QByteArray(kGrantDomain) + '\n' + grantJson;
    if (!crypto::Ed25519::verify(device.serverKey, signedBytes, signature))
        return fail(u"grant_signature_invalid"_s, tr("The number range is not signed by the server this device enrolled with."));
    if (grant.value(u"device_id"_s).toString() != device.deviceId)
        return fail(u"grant_for_another_device"_s, tr("The number range was granted to another device."));
    NumberGrant stored{grant.value(u"range_id"_s).toString(),
                       grant.value(u"kind"_s).toString(),
                       grant.value(u"first"_s).toInteger(),
                       grant.value(u"last"_s).toInteger(),
                       grant.value(u"first"_s).toInteger(),
                       grant.value(u"max_offline_hours"_s).toInteger(),
                       grant.value(u"max_offline_amount_fen"_s).toInteger()};
    if (stored.rangeId.isEmpty() || stored.first < 1 || stored.last < stored.first)
        return fail(u"grant_invalid"_s, tr("The number range from the server is malformed."));
    auto insert = m_store.database().prepare(
        "INSERT INTO number_grant (range_id, kind, first_number, last_number, next_number, max_offline_hours, "
        "max_offline_amount_fen, granted_at, grant_json, signature) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)");
    if (!insert)
        return std::unexpected(insert.error());
    insert->bind(1, stored.rangeId)
        .bind(2, stored.kind)
        .bind(3, stored.first)
        .bind(4, stored.last)
        .bind(5, stored.next)
        .bind(6, stored.maxOfflineHours)
        .bind(7, stored.maxOfflineAmountFen)
        .bind(8, grant.value(u"granted_at"_s).toString())
        .bind(9, QString::fromUtf8(grantJson))
        .bind(10, QString::fromLatin1(signature.toBase64()));
    if (auto ran = insert->run(); !ran)
        return std::unexpected(ran.error());
    return stored;
}

Result<SyncLedger::NumberSupply> SyncLedger::numberSupply(const QString &kind)
{
    auto all = grants();
    if (!all)
        return std::unexpected(all.error());
    auto away = awayFromGrants();
    if (!away)
        return std::unexpected(away.error());
    NumberSupply supply;
    for (const NumberGrant &grant : std::as_const(*all)) {
        if (grant.kind != kind)
            continue;
        if (!grant.retiredReason.isEmpty() || *away)
            supply.retired = true;
        else
            supply.remaining += std::max<qint64>(0, grant.remaining());
    }
    return supply;
}

Result<QList<NumberGrant>> SyncLedger::grants()
{
    auto cached = m_store.database().cached("SELECT range_id, kind, first_number, last_number, next_number, max_offline_hours, "
                                            "max_offline_amount_fen, coalesce(retired_reason, '') FROM number_grant ORDER BY "
                                            "kind, first_number");
    if (!cached)
        return std::unexpected(cached.error());
    store::Statement *query = *cached;
    QList<NumberGrant> list;
    if (auto rows = query->forEachRow([&] {
            list.append({query->text(0), query->text(1), query->int64(2), query->int64(3), query->int64(4), query->int64(5),
                         query->int64(6), query->text(7)});
        });
        !rows)
        return std::unexpected(rows.error());
    return list;
}

Result<TakenNumber> SyncLedger::takeNumber(const QString &kind, qint64 amountFen, const QDateTime &at)
{
    auto taken = takeNumbers(kind, {amountFen}, at);
    if (!taken)
        return std::unexpected(taken.error());
    return taken->first();
}

Result<QList<TakenNumber>> SyncLedger::takeNumbers(const QString &kind, const QList<qint64> &amountsFen, const QDateTime &at)
{
    auto all = grants();
    if (!all)
        return std::unexpected(all.error());
    // Never from a store that is not where its grants were received (a copy the caller did not retire).
    auto bound = state(u"bound_location"_s);
    if (!bound)
        return std::unexpected(bound.error());
    const bool elsewhere = !bound->isEmpty() && *bound != currentLocation();
    QList<NumberGrant> usable;
    bool retired = false;
    for (const NumberGrant &candidate : std::as_const(*all)) {
        if (candidate.kind != kind || candidate.remaining() <= 0)
            continue;
        if (!candidate.retiredReason.isEmpty() || elsewhere)
            retired = true;
        else
            usable.append(candidate);
    }
    if (usable.isEmpty() && retired)
        return fail(u"numbers_retired"_s,
                    tr("This workspace was restored from a backup or copied from another folder or computer, so its invoice "
                       "numbers may already have been used by the original. Nothing is issued from them: sync to send its "
                       "invoices and receive a new number range."));
    auto last = lastSync();
    if (!last)
        return std::unexpected(last.error());
    auto issued = state(u"amount_since_sync_fen"_s);
    if (!issued)
        return std::unexpected(issued.error());
    qint64 total = issued->toLongLong();
    QList<TakenNumber> taken;
    taken.reserve(amountsFen.size());
    qsizetype current = 0;
    for (const qint64 amountFen : amountsFen) {
        while (current < usable.size() && usable.at(current).remaining() == 0)
            ++current;
        if (current == usable.size())
            return fail(u"numbers_exhausted"_s,
                        amountsFen.size() == 1
                            ? tr("This device has no invoice numbers of this kind left. Connect and sync to receive a new range.")
                            : tr("This device has numbers for %1 of these %2 invoices. Connect and sync to receive a new "
                                 "range, then issue them.")
                                  .arg(taken.size())
                                  .arg(amountsFen.size()));
        NumberGrant &grant = usable[current];
        if (!*last || (*last)->secsTo(at) > grant.maxOfflineHours * 3600)
            return fail(u"offline_time_limit"_s,
                        tr("This device has been offline longer than the %1 hours its number range allows. Connect and sync "
                           "to continue.")
                            .arg(grant.maxOfflineHours));
        total += amountFen;
        if (total > grant.maxOfflineAmountFen)
            return fail(u"offline_amount_limit"_s,
                        tr("Issuing this would pass the amount this device may issue offline (¥%1 since the last sync). "
                           "Connect and sync to continue.")
                            .arg(Money::fromFen(grant.maxOfflineAmountFen).toString(Money::Grouping::Thousands)));
        taken.append({grant.next, grant.rangeId});
        ++grant.next;
    }
    // One write per range touched and one for the amount, whatever the batch's size.
    for (const NumberGrant &grant : std::as_const(usable)) {
        const bool touched
            = std::any_of(taken.cbegin(), taken.cend(), [&](const TakenNumber &t) { return t.rangeId == grant.rangeId; });
        if (!touched)
            continue;
        auto advance = m_store.database().cached("UPDATE number_grant SET next_number = ? WHERE range_id = ?");
        if (!advance)
            return std::unexpected(advance.error());
        (*advance)->bind(1, grant.next).bind(2, grant.rangeId);
        if (auto ran = (*advance)->run(); !ran)
            return std::unexpected(ran.error());
    }
    if (auto set = setState(u"amount_since_sync_fen"_s, QString::number(total)); !set)
        return std::unexpected(set.error());
    return taken;
}

bool SyncLedger::isInvoiceItem(const QString &type)
{
    return type == u"invoice.issued" || type == u"invoice.red_issued";
}

Result<std::optional<SyncLedger::OpenConflict>> SyncLedger::openConflict(const QString &uuid)
{
    auto item = m_store.database().prepare("SELECT type, payload, record_key, current_receipt FROM outbox WHERE uuid = ? AND "
                                           "state = 'conflict' AND resolution IS NULL");
    if (!item)
        return std::unexpected(item.error());
    item->bind(1, uuid);
    auto found = item->step();
    if (!found)
        return std::unexpected(found.error());
    if (!*found)
        return std::optional<OpenConflict>();
    return std::optional<OpenConflict>(OpenConflict{item->text(0), item->text(1), item->text(2), item->int64(3)});
}

Result<QString> SyncLedger::voidInvoice(const QString &uuid, const OpenConflict &conflict)
{
    store::Database &database = m_store.database();
    const QString number = conflict.recordKey.mid(8); // "invoice:<number>"
    const QString reason = tr("The server already holds another invoice numbered %1 (this workspace was restored or copied "
                              "and issued the number again). The server's invoice stands; this one is void and must not "
                              "be given to anyone. Issue it again with a new number.")
                               .arg(number);
    const QString now = store::timestampNow();
    auto voided = database.prepare("INSERT OR IGNORE INTO invoice_void (number, reason, voided_at) VALUES (?, ?, ?)");
    if (!voided)
        return std::unexpected(voided.error());
    voided->bind(1, number).bind(2, reason).bind(3, now);
    if (auto ran = voided->run(); !ran)
        return std::unexpected(ran.error());
    auto mark = database.prepare("UPDATE outbox SET resolution = 'voided', last_error = ?, updated_at = ? WHERE uuid = ?");
    if (!mark)
        return std::unexpected(mark.error());
    mark->bind(1, reason).bind(2, now).bind(3, uuid);
    if (auto ran = mark->run(); !ran)
        return std::unexpected(ran.error());
    if (auto raised = raiseRecordHead(conflict.recordKey, conflict.currentReceipt); !raised)
        return std::unexpected(raised.error());
    if (auto audited = m_store.recordChange({u"void"_s, u"invoice"_s, number, {}, {{u"reason"_s, reason}}, {}}); !audited)
        return std::unexpected(audited.error());
    return number;
}

Result<QString> SyncLedger::voidConflictingInvoice(const QString &uuid)
{
    auto transaction = store::Transaction::begin(m_store.database());
    if (!transaction)
        return std::unexpected(transaction.error());
    auto conflict = openConflict(uuid);
    if (!conflict)
        return std::unexpected(conflict.error());
    if (!*conflict || !isInvoiceItem((*conflict)->type) || !(*conflict)->recordKey.startsWith(u"invoice:"))
        return fail(u"not_a_conflict"_s, tr("This item is not an open invoice conflict."));
    auto number = voidInvoice(uuid, **conflict);
    if (!number)
        return number;
    if (auto committed = transaction->commit(); !committed)
        return std::unexpected(committed.error());
    return number;
}

Result<void> SyncLedger::resolveConflict(const QString &uuid, Resolution resolution)
{
    auto transaction = store::Transaction::begin(m_store.database());
    if (!transaction)
        return std::unexpected(transaction.error());
    store::Database &database = m_store.database();
    auto conflict = openConflict(uuid);
    if (!conflict)
        return std::unexpected(conflict.error());
    if (!*conflict)
        return fail(u"not_a_conflict"_s, tr("This item is not an open conflict."));
    const auto &[type, payload, recordKey, current] = **conflict;
    // An invoice is never kept against the server's; taking the server's is voiding this one (an open
    // invoice conflict can only be one left by an earlier version of Taxbox).
    if (isInvoiceItem(type)) {
        if (resolution == Resolution::KeepMine)
            return fail(u"invoice_conflict"_s,
                        tr("An invoice cannot be kept against the server's: the invoice the server holds under this "
                           "number stands, and this one is voided when the workspace syncs."));
        if (auto voided = voidInvoice(uuid, **conflict); !voided)
            return std::unexpected(voided.error());
        return transaction->commit();
    }
    auto mark = database.prepare("UPDATE outbox SET resolution = ?, updated_at = ? WHERE uuid = ?");
    if (!mark)
        return std::unexpected(mark.error());
    mark->bind(1, resolution == Resolution::KeepMine ? u"kept_mine"_s : u"took_theirs"_s)
        .bind(2, store::timestampNow())
        .bind(3, uuid);
    if (auto ran = mark->run(); !ran)
        return ran;
    if (resolution == Resolution::KeepMine) {
        // Queued again, based on the server's version, so the server takes it as the newest.
        if (auto raised = raiseRecordHead(recordKey, current); !raised)
            return raised;
        auto again = database.prepare("INSERT INTO outbox (uuid, type, payload, created_at, record_key) VALUES (?, ?, ?, ?, ?)");
        if (!again)
            return std::unexpected(again.error());
        again->bind(1, QUuid::createUuid().toString(QUuid::WithoutBraces))
            .bind(2, type)
            .bind(3, payload)
            .bind(4, store::timestampNow())
            .bind(5, recordKey);
        if (auto ran = again->run(); !ran)
            return ran;
    } else if (auto raised = raiseRecordHead(recordKey, current); !raised) {
        return raised;
    }
    return transaction->commit();
}

Result<QString> SyncLedger::storeRulePack(const QByteArray &pack, const QByteArray &signature)
{
    auto verified = rules::RulePack::load(pack, signature);
    if (!verified)
        return std::unexpected(verified.error());
    auto insert = m_store.database().prepare(
        "INSERT OR REPLACE INTO rule_pack_update (version, pack, signature, received_at) VALUES (?, ?, ?, ?)");
    if (!insert)
        return std::unexpected(insert.error());
    insert->bind(1, verified->version()).bind(2, pack).bind(3, signature).bind(4, store::timestampNow());
    if (auto ran = insert->run(); !ran)
        return std::unexpected(ran.error());
    return verified->version();
}

Result<QStringList> SyncLedger::rulePackVersions()
{
    auto query = m_store.database().prepare("SELECT version FROM rule_pack_update ORDER BY version");
    if (!query)
        return std::unexpected(query.error());
    QStringList versions;
    if (auto rows = query->forEachRow([&] { versions.append(query->text(0)); }); !rows)
        return std::unexpected(rows.error());
    return versions;
}

Result<QString> SyncLedger::installRulePacks()
{
    auto query = m_store.database().prepare("SELECT pack, signature FROM rule_pack_update ORDER BY version");
    if (!query)
        return std::unexpected(query.error());
    if (auto rows = query->forEachRow([&] {
            // A pack that no longer verifies (say, its key was withdrawn in an update) is skipped.
            if (auto installed = rules::RulePack::install(query->blob(0), query->blob(1)); !installed)
                qWarning("rule pack not used: %s", qPrintable(installed.error().message));
        });
        !rows)
        return std::unexpected(rows.error());
    auto inForce = rules::RulePack::inForce();
    if (!inForce)
        return std::unexpected(inForce.error());
    return (*inForce)->version();
}

} // namespace taxbox::sync
