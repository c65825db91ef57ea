#include "RulePack.h"
#include "DepartureGuide.h"
#include "PrintTemplates.h"

#include "crypto/Crypto.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QVersionNumber>

#include <list>
#include <map>
#include <mutex>

using namespace Qt::Literals::StringLiterals;

namespace taxbox::rules {

namespace {

Error packError(const QString &detail)
{
    return Error{u"invalid_rule_pack"_s, RulePack::tr("The rule pack is invalid: %1").arg(detail), {}};
}

QDate parseDate(const QJsonValue &value)
{
    return QDate::fromString(value.toString(), Qt::ISODate);
}

} // namespace

QList<TrustedKey> trustedKeys()
{
    // The release key. Its private half is kept offline by the release manager (never in the tree);
    // `taxbox-cli rules sign` signs a pack with it. Add a key here to rotate; keep the old one while
    // packs signed by it are in use.
    return {{u"taxbox-rules-2026"_s, QByteArray::fromHex("0fee2c46fb99d75ea5e499891c5d38bb702606828c48071f089751efb7e574bf")},
            // Signs shipped data files (the tax code table); its private key is kept outside the repository.
            {u"taxbox-data-2026"_s, QByteArray::fromHex("9cce591e85483539c7411daf4d8f55a9818a5e8b0b2f8d91cf8935a751fae1f2")},
            // The data key's successor (2026-12): signs rules/cn-refund.json from version 2026.2. Both stay trusted.
            {u"taxbox-data-2026b"_s, QByteArray::fromHex("02e1d297e10dd0644599923a88f9efea6a7e101dafa47796b91136a5a471e568")}};
}

const Bracket &BracketTable::find(const Decimal &amount) const
{
    for (const Bracket &row : rows) {
        if (!row.upTo || amount <= *row.upTo)
            return row;
    }
    return rows.constLast();
}

Result<QByteArray> RulePack::sign(const QByteArray &packBytes, const QString &keyId, const crypto::SecureBytes &privateKey)
{
    auto signature = crypto::Ed25519::sign(privateKey, packBytes);
    if (!signature)
        return std::unexpected(signature.error());
    const QJsonObject file{
        {u"key_id"_s, keyId}, {u"algorithm"_s, u"ed25519"_s}, {u"signature"_s, QString::fromLatin1(signature->toBase64())}};
    return QJsonDocument(file).toJson(QJsonDocument::Indented);
}

Result<QString> verifySignedData(const QByteArray &bytes, const QByteArray &signatureFile, const QList<TrustedKey> &trusted)
{
    const QJsonObject signature = QJsonDocument::fromJson(signatureFile).object();
    if (signature.isEmpty())
        return fail(u"unsigned_data"_s, RulePack::tr("The data file has no signature; it is not used."));
    const QString keyId = signature.value(u"key_id"_s).toString();
    const auto key = std::find_if(trusted.cbegin(), trusted.cend(), [&keyId](const TrustedKey &k) { return k.id == keyId; });
    if (key == trusted.cend())
        return fail(u"untrusted_data"_s,
                    RulePack::tr("The data file is signed by an unknown key (\"%1\"); it is not used.").arg(keyId));
    const QByteArray signatureBytes
        = QByteArray::fromBase64(signature.value(u"signature"_s).toString().toLatin1(), QByteArray::AbortOnBase64DecodingErrors);
    if (signature.value(u"algorithm"_s).toString() != u"ed25519"
        || !crypto::Ed25519::verify(key->publicKey, bytes, signatureBytes))
        return fail(
            u"tampered_data"_s,
            RulePack::tr("The data file's signature does not match its content: it was changed after signing and is not used."));
    return keyId;
}

Result<RulePack> RulePack::load(const QByteArray &packBytes, const QByteArray &signatureFile, const QList<TrustedKey> &trusted)
{
    // 1. The signature, before anything in the pack is looked at.
    const QJsonObject signature = QJsonDocument::fromJson(signatureFile).object();
    if (signature.isEmpty())
        return fail(u"unsigned_rule_pack"_s, tr("The rule pack has no signature; it is not used."));
    const QString keyId = signature.value(u"key_id"_s).toString();
    const auto key = std::find_if(trusted.cbegin(), trusted.cend(), [&keyId](const TrustedKey &k) { return k.id == keyId; });
    if (key == trusted.cend())
        return fail(u"untrusted_rule_pack"_s,
                    tr("The rule pack is signed by an unknown key (\"%1\"); it is not used.").arg(keyId));
    const QByteArray signatureBytes
        = QByteArray::fromBase64(signature.value(u"signature"_s).toString().toLatin1(), QByteArray::AbortOnBase64DecodingErrors);
    if (signature.value(u"algorithm"_s).toString() != u"ed25519"
        || !crypto::Ed25519::verify(key->publicKey, packBytes, signatureBytes))
        return fail(u"tampered_rule_pack"_s,
                    tr("The rule pack's signature does not match its content: it was changed after signing and is not used."));

    // 2. The content.
    QJsonParseError parseError;
    const QJsonObject root = QJsonDocument::fromJson(packBytes, &parseError).object();
    if (parseError.error != QJsonParseError::NoError || root.isEmpty())
        return std::unexpected(packError(parseError.errorString()));
    if (root.value(u"format"_s).toInt() != 1)
        return std::unexpected(packError(tr("unsupported format %1").arg(root.value(u"format"_s).toInt())));
    RulePack pack;
    pack.m_id = root.value(u"id"_s).toString();
    pack.m_version = root.value(u"version"_s).toString();
    pack.m_published = root.value(u"published"_s).toString();
    pack.m_keyId = keyId;
    if (pack.m_id.isEmpty() || pack.m_version.isEmpty())
        return std::unexpected(packError(tr("id and version are required")));
    const QJsonObject rules = root.value(u"rules"_s).toObject();
    for (auto it = rules.constBegin(); it != rules.constEnd(); ++it) {
        QList<Range> ranges;
        for (const QJsonValue &entry : it.value().toArray()) {
            const QJsonObject object = entry.toObject();
            Range range{parseDate(object.value(u"from"_s)), object.contains(u"to"_s) ? parseDate(object.value(u"to"_s)) : QDate(),
                        object.value(u"value"_s)};
            if (!range.from.isValid() || (object.contains(u"to"_s) && (!range.to.isValid() || range.to < range.from))
                || range.value.isUndefined())
                return std::unexpected(packError(tr("rule %1 has a range with bad dates or no value").arg(it.key())));
            if (!ranges.isEmpty() && (ranges.constLast().to.isNull() || ranges.constLast().to >= range.from))
                return std::unexpected(packError(tr("rule %1 has overlapping or unordered ranges").arg(it.key())));
            ranges.append(range);
        }
        if (ranges.isEmpty())
            return std::unexpected(packError(tr("rule %1 has no ranges").arg(it.key())));
        pack.m_rules.insert(it.key(), ranges);
    }
    return pack;
}

namespace {
struct Installed
{
    std::mutex mutex;
    std::list<RulePack> packs; ///< never erased: pointers handed out stay valid
    std::map<QString, const RulePack *> inForce; ///< pack id → the installed pack in force
};
Installed &installed()
{
    static Installed instance;
    return instance;
}
} // namespace

Result<const RulePack *> RulePack::inForce()
{
    return inForce(u"cn-tax"_s);
}

Result<const RulePack *> RulePack::inForce(const QString &id)
{
    Installed &state = installed();
    {
        const std::lock_guard lock(state.mutex);
        if (const auto it = state.inForce.find(id); it != state.inForce.end())
            return it->second;
    }
    return shipped(id);
}

Result<bool> RulePack::install(const QByteArray &packBytes, const QByteArray &signatureFile, const QList<TrustedKey> &trusted)
{
    auto pack = load(packBytes, signatureFile, trusted);
    if (!pack)
        return std::unexpected(pack.error());
    // A print pack's templates and a refund pack's guide texts are checked as a whole before the pack may be put in
    // force, whichever way it came.
    if (pack->id() == u"cn-print") {
        if (auto checked = PrintTemplates::check(packBytes); !checked)
            return std::unexpected(checked.error());
    } else if (pack->id() == u"cn-refund") {
        if (auto checked = DepartureGuide::check(packBytes); !checked)
            return std::unexpected(checked.error());
    }
    auto current = inForce(pack->id());
    if (!current || pack->id() == u"cn-filing")
        return fail(u"other_rule_pack"_s,
                    tr("The rule pack %1 is not one this Taxbox puts in force (cn-tax, cn-refund, cn-print).").arg(pack->id()));
    Installed &state = installed();
    const std::lock_guard lock(state.mutex);
    // Compared again under the lock: two installs of the same id at once keep the newer.
    const auto it = state.inForce.find(pack->id());
    const RulePack *now = it != state.inForce.end() ? it->second : *current;
    if (QVersionNumber::fromString(pack->version()) <= QVersionNumber::fromString(now->version()))
        return false;
    state.packs.push_back(std::move(*pack));
    state.inForce[state.packs.back().id()] = &state.packs.back();
    return true;
}

Result<const RulePack *> RulePack::builtIn()
{
    return shipped(u"cn-tax"_s);
}

Result<const RulePack *> RulePack::shipped(const QString &id)
{
    static std::mutex mutex;
    static std::map<QString, Result<RulePack>> loaded;
    const std::lock_guard lock(mutex);
    auto it = loaded.find(id);
    if (it == loaded.end()) {
        QFile pack(u":/rules/%1.json"_s.arg(id));
        QFile signature(u":/rules/%1.json.sig"_s.arg(id));
        if (!pack.open(QIODevice::ReadOnly) || !signature.open(QIODevice::ReadOnly))
            it = loaded.emplace(id, fail(u"rule_pack_missing"_s, tr("The rule pack %1 is missing from this build.").arg(id)))
                     .first;
        else
            it = loaded.emplace(id, load(pack.readAll(), signature.readAll())).first;
    }
    if (!it->second)
        return std::unexpected(it->second.error());
    return &*it->second;
}

QJsonObject RulePack::summary() const
{
    QDate from;
    QDate to;
    bool open = false;
    for (const QList<Range> &ranges : m_rules) {
        for (const Range &range : ranges) {
            if (!from.isValid() || range.from < from)
                from = range.from;
            if (range.to.isNull())
                open = true;
            else if (!to.isValid() || range.to > to)
                to = range.to;
        }
    }
    return {{u"id"_s, m_id},
            {u"version"_s, m_version},
            {u"published"_s, m_published},
            {u"key_id"_s, m_keyId},
            {u"effective_from"_s, from.toString(Qt::ISODate)},
            {u"effective_to"_s, open ? QJsonValue(QJsonValue::Null) : QJsonValue(to.toString(Qt::ISODate))}};
}

bool RulePack::isInForce(const QString &key, QDate date) const
{
    return value(key, date).has_value();
}

Result<QJsonValue> RulePack::value(const QString &key, QDate date) const
{
    for (const Range &range : m_rules.value(key)) {
        if (date >= range.from && (range.to.isNull() || date <= range.to))
            return range.value;
    }
    return fail(
        u"no_rule_for_period"_s,
        tr("The rule pack %1 %2 has no rule \"%3\" in force on %4.").arg(m_id, m_version, key, date.toString(Qt::ISODate)),
        u"period"_s);
}

Result<Decimal> RulePack::decimal(const QString &key, QDate date) const
{
    auto found = value(key, date);
    if (!found)
        return std::unexpected(found.error());
    auto parsed = Decimal::parse(found->toString(), key, 12);
    if (!parsed)
        return std::unexpected(packError(tr("%1 is not a number").arg(key)));
    return parsed;
}

Result<Decimal> RulePack::decimal(const QString &key, const QString &member, QDate date) const
{
    auto found = value(key, date);
    if (!found)
        return std::unexpected(found.error());
    QJsonValue current = *found;
    for (const QString &part : member.split(u'.'))
        current = current.toObject().value(part);
    auto parsed = Decimal::parse(current.toString(), member, 12);
    if (!parsed)
        return std::unexpected(packError(tr("%1.%2 is not a number").arg(key, member)));
    return parsed;
}

Result<BracketTable> RulePack::table(const QString &key, QDate date) const
{
    auto found = value(key, date);
    if (!found)
        return std::unexpected(found.error());
    BracketTable table;
    for (const QJsonValue &row : found->toArray()) {
        const QJsonObject object = row.toObject();
        auto rate = Decimal::parse(object.value(u"rate"_s).toString(), u"rate"_s, 12);
        auto quick = Decimal::parse(object.value(u"quick_deduction"_s).toString(), u"quick_deduction"_s, 12);
        std::optional<Decimal> upTo;
        if (!object.value(u"up_to"_s).isNull()) {
            auto bound = Decimal::parse(object.value(u"up_to"_s).toString(), u"up_to"_s, 12);
            if (!bound)
                return std::unexpected(packError(tr("%1 has a bad bound").arg(key)));
            upTo = *bound;
        }
        if (!rate || !quick)
            return std::unexpected(packError(tr("%1 has a bad row").arg(key)));
        table.rows.append({upTo, *rate, *quick});
    }
    if (table.rows.isEmpty() || table.rows.constLast().upTo)
        return std::unexpected(packError(tr("%1 must end with an open row").arg(key)));
    return table;
}

QStringList RulePack::changedRules(const RulePack &other) const
{
    const auto same = [](const QList<Range> &a, const QList<Range> &b) {
        if (a.size() != b.size())
            return false;
        for (qsizetype i = 0; i < a.size(); ++i) {
            if (a.at(i).from != b.at(i).from || a.at(i).to != b.at(i).to || a.at(i).value != b.at(i).value)
                return false;
        }
        return true;
    };
    QStringList changed;
    for (auto it = m_rules.constBegin(); it != m_rules.constEnd(); ++it) {
        if (!other.m_rules.contains(it.key()) || !same(it.value(), other.m_rules.value(it.key())))
            changed.append(it.key());
    }
    for (auto it = other.m_rules.constBegin(); it != other.m_rules.constEnd(); ++it) {
        if (!m_rules.contains(it.key()))
            changed.append(it.key());
    }
    changed.sort();
    return changed;
}

} // namespace taxbox::rules
