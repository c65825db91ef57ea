#include "FormEngine.h"

#include "base/Translations.h"

#include <QFile>
#include <QJsonDocument>
#include <QLocale>
#include <QRegularExpression>
#include <QSet>
#include <QVersionNumber>

#include <list>
#include <mutex>

using namespace Qt::Literals::StringLiterals;

namespace taxbox::filing {

// ---------------------------------------------------------------------------------------------------
// Period

Result<Period> Period::parse(const QString &text)
{
    static const QRegularExpression month(u"^(\\d{4})-(\\d{2})$"_s);
    static const QRegularExpression quarter(u"^(\\d{4})Q([1-4])$"_s);
    static const QRegularExpression year(u"^(\\d{4})$"_s);
    static const QRegularExpression day(u"^(\\d{4})-(\\d{2})-(\\d{2})$"_s);
    Period period;
    if (auto m = month.match(text); m.hasMatch()) {
        period.kind = Kind::Month;
        period.start = QDate(m.captured(1).toInt(), m.captured(2).toInt(), 1);
        period.end = period.start.isValid() ? period.start.addMonths(1).addDays(-1) : QDate();
    } else if (auto q = quarter.match(text); q.hasMatch()) {
        period.kind = Kind::Quarter;
        period.start = QDate(q.captured(1).toInt(), (q.captured(2).toInt() - 1) * 3 + 1, 1);
        period.end = period.start.addMonths(3).addDays(-1);
    } else if (auto y = year.match(text); y.hasMatch()) {
        period.kind = Kind::Year;
        period.start = QDate(y.captured(1).toInt(), 1, 1);
        period.end = QDate(y.captured(1).toInt(), 12, 31);
    } else if (auto d = day.match(text); d.hasMatch()) {
        period.kind = Kind::Day;
        period.start = QDate(d.captured(1).toInt(), d.captured(2).toInt(), d.captured(3).toInt());
        period.end = period.start;
    }
    if (!period.start.isValid() || period.start.year() < 2000 || period.start.year() > 2100)
        return fail(
            u"invalid_period"_s,
            tr("Tax period \"%1\" is not a month (2025-01), a quarter (2025Q1), a year (2025) or a day (2025-05-14).").arg(text),
            u"period"_s);
    return period;
}

QString Period::text() const
{
    switch (kind) {
    case Kind::Month:
        return start.toString(u"yyyy-MM"_s);
    case Kind::Quarter:
        return u"%1Q%2"_s.arg(start.year()).arg(quarter());
    case Kind::Year:
        return QString::number(start.year());
    case Kind::Day:
        return start.toString(Qt::ISODate);
    }
    return {};
}

int Period::months() const
{
    switch (kind) {
    case Kind::Quarter:
        return 3;
    case Kind::Year:
        return 12;
    default:
        return 1;
    }
}

Period Period::previous() const
{
    Period before = *this;
    switch (kind) {
    case Kind::Month:
    case Kind::Quarter:
    case Kind::Year:
        before.start = start.addMonths(-months());
        before.end = start.addDays(-1);
        break;
    case Kind::Day:
        before.start = before.end = start.addDays(-1);
        break;
    }
    return before;
}

bool Period::isFirstOfYear() const
{
    return start.month() == 1 && start.day() == 1;
}

// ---------------------------------------------------------------------------------------------------
// Texts

QString packLanguage()
{
    return Translations::interfaceLanguage() == Language::SimplifiedChinese ? u"zh_CN"_s : u"en"_s;
}

QString packText(const QJsonValue &text)
{
    if (text.isString())
        return text.toString();
    const QJsonObject object = text.toObject();
    const QString own = object.value(packLanguage()).toString();
    return own.isEmpty() ? object.value(u"zh_CN"_s).toString() : own;
}

QString TableLayout::cellId(const QString &row, const QString &column) const
{
    QString cell = cellPattern;
    cell.replace(u"{row}"_s, row);
    cell.replace(u"{col}"_s, column);
    return cell;
}

// ---------------------------------------------------------------------------------------------------
// FormDefinition: templates → cells

namespace {

Error definitionError(const QString &what)
{
    return Error{u"form_definition"_s, FormDefinition::tr("The filing pack's form is broken: %1").arg(what), {}};
}

Result<CellType> cellTypeOf(const QString &name)
{
    static const QHash<QString, CellType> types{{u"amount"_s, CellType::Amount}, {u"rate"_s, CellType::Rate},
                                                {u"count"_s, CellType::Count},   {u"number"_s, CellType::Number},
                                                {u"bool"_s, CellType::Bool},     {u"text"_s, CellType::Text}};
    if (name.isEmpty())
        return CellType::Amount;
    if (!types.contains(name))
        return std::unexpected(definitionError(u"unknown cell type "_s + name));
    return types.value(name);
}

using Substitution = QHash<QString, QString>;

QString substitute(QString text, const Substitution &values)
{
    for (auto it = values.cbegin(); it != values.cend(); ++it)
        text.replace(u'{' + it.key() + u'}', it.value());
    return text;
}

/// The substitutions a spec's "for" expands to: the cartesian product of its variables. A variable is
/// a list (strings, or objects whose members are substituted too), a range {"from", "to"}, or
/// {"dynamic": "T.r"}: the numbers N for which a present cell starts with "T.rN.".
Result<QList<Substitution>> expansions(const QJsonObject &spec, const QStringList &presentCells)
{
    QList<Substitution> result{Substitution{}};
    const QJsonObject loops = spec.value(u"for"_s).toObject();
    for (auto it = loops.constBegin(); it != loops.constEnd(); ++it) {
        QList<Substitution> items;
        if (it.value().isArray()) {
            for (const QJsonValue &item : it.value().toArray()) {
                Substitution s;
                if (item.isObject()) {
                    const QJsonObject object = item.toObject();
                    for (auto m = object.constBegin(); m != object.constEnd(); ++m)
                        s.insert(m.key(), m.value().isString() ? m.value().toString() : QString::number(m.value().toDouble()));
                } else {
                    s.insert(it.key(), item.toString());
                }
                if (!s.contains(it.key()))
                    return std::unexpected(definitionError(u"a loop item without "_s + it.key()));
                items.append(s);
            }
        } else if (it.value().toObject().contains(u"dynamic"_s)) {
            const QString prefix = it.value().toObject().value(u"dynamic"_s).toString();
            QSet<int> numbers;
            for (const QString &cell : presentCells) {
                if (!cell.startsWith(prefix))
                    continue;
                const qsizetype dot = cell.indexOf(u'.', prefix.size());
                bool ok = false;
                const int n = QStringView(cell).mid(prefix.size(), dot < 0 ? -1 : dot - prefix.size()).toInt(&ok);
                if (ok && n > 0)
                    numbers.insert(n);
            }
            // A return of a firm's employees or documents, not a way to make the engine expand millions of cells.
            if (numbers.size() > FormEngine::kMaxDynamicRows)
                return fail(u"input_too_large"_s,
                            FormDefinition::tr("A return of more than %1 rows (documents or people) in one table is more than "
                                               "Taxbox files at once; split it by period.")
                                .arg(FormEngine::kMaxDynamicRows),
                            prefix);
            QList<int> sorted(numbers.cbegin(), numbers.cend());
            std::sort(sorted.begin(), sorted.end());
            for (int n : sorted)
                items.append(Substitution{{it.key(), QString::number(n)}});
        } else {
            const QJsonObject range = it.value().toObject();
            for (int n = range.value(u"from"_s).toInt(); n <= range.value(u"to"_s).toInt(); ++n)
                items.append(Substitution{{it.key(), QString::number(n)}});
        }
        QList<Substitution> product;
        for (const Substitution &base : std::as_const(result)) {
            for (const Substitution &item : std::as_const(items)) {
                Substitution combined = base;
                combined.insert(item);
                product.append(combined);
            }
        }
        result = product;
    }
    return result;
}

} // namespace

Result<std::shared_ptr<const FormDefinition>> FormDefinition::fromJson(const QJsonObject &definition)
{
    auto form = std::make_shared<FormDefinition>();
    form->m_form = definition.value(u"form"_s).toString();
    form->m_version = definition.value(u"version"_s).toString();
    form->m_title = definition.value(u"title"_s).toObject();
    form->m_cellSpecs = definition.value(u"cells"_s).toArray();
    form->m_checkSpecs = definition.value(u"checks"_s).toArray();
    form->m_flags = definition.value(u"flags"_s).toObject();
    form->m_exportNames = definition.value(u"export_names"_s).toObject();
    for (const QJsonValue &kind : definition.value(u"periods"_s).toArray())
        form->m_periodKinds.append(kind.toString());
    for (const QJsonValue &tableValue : definition.value(u"tables"_s).toArray()) {
        const QJsonObject table = tableValue.toObject();
        TableLayout layout;
        layout.id = table.value(u"id"_s).toString();
        layout.title = packText(table.value(u"title"_s));
        layout.chineseTitle = table.value(u"title"_s).toObject().value(u"zh_CN"_s).toString();
        layout.cellPattern = table.value(u"cell"_s).toString();
        auto lines = [](const QJsonValue &value) {
            QList<TableLayout::Line> result;
            for (const QJsonValue &line : value.toArray()) {
                if (line.isArray())
                    result.append({line.toArray().at(0).toString(), packText(line.toArray().at(1)),
                                   line.toArray().at(1).toObject().value(u"zh_CN"_s).toString()});
                else
                    result.append({line.toString(), line.toString(), line.toString()});
            }
            return result;
        };
        layout.dynamicRows = table.value(u"rows"_s).toString() == u"dynamic";
        layout.rows = lines(table.value(u"rows"_s));
        layout.columns = lines(table.value(u"columns"_s));
        form->m_tables.append(layout);
    }
    if (form->m_form.isEmpty() || form->m_version.isEmpty() || form->m_cellSpecs.isEmpty())
        return std::unexpected(definitionError(u"form, version and cells are required"_s));
    // Every formula must parse and name only cells of the form: found when the pack is loaded, not
    // when an accountant is filing.
    auto expanded = form->expand({});
    if (!expanded)
        return std::unexpected(expanded.error());
    for (const CellSpec &cell : std::as_const(expanded->cells)) {
        if (!cell.formula)
            continue;
        for (const QString &name : cell.formula->cells()) {
            if (!expanded->cells.contains(name) && !name.contains(u'{'))
                return std::unexpected(definitionError(u"%1 of %2 names the unknown cell %3"_s.arg(cell.id, form->m_form, name)));
        }
    }
    return std::shared_ptr<const FormDefinition>(std::move(form));
}

QString FormDefinition::title() const
{
    return packText(m_title);
}

Result<FormDefinition::Expanded> FormDefinition::expand(const QStringList &presentCells) const
{
    Expanded result;
    QHash<QString, Formula> parsed;
    auto formula = [&parsed](const QString &text) -> Result<Formula> {
        if (auto it = parsed.constFind(text); it != parsed.cend())
            return *it;
        auto f = Formula::parse(text);
        if (!f)
            return std::unexpected(definitionError(f.error().message));
        parsed.insert(text, *f);
        return *f;
    };
    for (const QJsonValue &specValue : m_cellSpecs) {
        const QJsonObject spec = specValue.toObject();
        auto type = cellTypeOf(spec.value(u"type"_s).toString());
        if (!type)
            return std::unexpected(type.error());
        auto substitutions = expansions(spec, presentCells);
        if (!substitutions)
            return std::unexpected(substitutions.error());
        for (const Substitution &s : std::as_const(*substitutions)) {
            CellSpec cell;
            cell.id = substitute(spec.value(u"id"_s).toString(), s);
            cell.type = *type;
            cell.input = spec.value(u"input"_s).toBool();
            const QString formulaText = spec.value(cell.input ? u"default"_s : u"formula"_s).toString();
            if (!cell.input && formulaText.isEmpty())
                return std::unexpected(definitionError(cell.id + u" has neither input nor formula"_s));
            if (!formulaText.isEmpty()) {
                auto f = formula(substitute(formulaText, s));
                if (!f)
                    return std::unexpected(f.error());
                cell.formula = *f;
            }
            cell.sparseRow = substitute(spec.value(u"sparse"_s).toString(), s);
            cell.label = substitute(packText(spec.value(u"label"_s)), s);
            if (result.cells.contains(cell.id))
                return std::unexpected(definitionError(cell.id + u" is defined twice"_s));
            result.cells.insert(cell.id, cell);
        }
    }
    for (const QJsonValue &specValue : m_checkSpecs) {
        const QJsonObject spec = specValue.toObject();
        auto substitutions = expansions(spec, presentCells);
        if (!substitutions)
            return std::unexpected(substitutions.error());
        for (const Substitution &s : std::as_const(*substitutions)) {
            auto rule = formula(substitute(spec.value(u"rule"_s).toString(), s));
            if (!rule)
                return std::unexpected(rule.error());
            CheckSpec check{substitute(spec.value(u"id"_s).toString(), s),    spec.value(u"severity"_s).toString(), {}, {}, *rule,
                            substitute(packText(spec.value(u"message"_s)), s)};
            if (check.severity != u"error" && check.severity != u"warning")
                return std::unexpected(definitionError(check.id + u" has no severity"_s));
            for (const QJsonValue &c : spec.value(u"cells"_s).toArray())
                check.cells.append(substitute(c.toString(), s));
            if (spec.contains(u"when"_s)) {
                auto when = formula(substitute(spec.value(u"when"_s).toString(), s));
                if (!when)
                    return std::unexpected(when.error());
                check.when = *when;
            }
            result.checks.append(check);
        }
    }
    return result;
}

// ---------------------------------------------------------------------------------------------------
// FilingPack

Result<FilingPack> FilingPack::load(const QByteArray &packBytes, const QByteArray &signatureFile,
                                    const QList<rules::TrustedKey> &trusted)
{
    auto rules = rules::RulePack::load(packBytes, signatureFile, trusted);
    if (!rules)
        return std::unexpected(rules.error());
    FilingPack pack;
    pack.m_rules = std::move(*rules);
    // Every definition of every date range, parsed and checked now.
    const QJsonObject root = QJsonDocument::fromJson(packBytes).object().value(u"rules"_s).toObject();
    for (auto it = root.constBegin(); it != root.constEnd(); ++it) {
        if (!it.key().startsWith(u"form."_s))
            continue;
        for (const QJsonValue &range : it.value().toArray()) {
            const QJsonObject definition = range.toObject().value(u"value"_s).toObject().value(u"definition"_s).toObject();
            if (definition.isEmpty())
                continue; // a range that reuses an earlier version ("uses")
            auto parsed = FormDefinition::fromJson(definition);
            if (!parsed)
                return std::unexpected(parsed.error());
            pack.m_definitions.insert((*parsed)->form() + u'/' + (*parsed)->version(), *parsed);
        }
    }
    return pack;
}

Result<const FilingPack *> FilingPack::builtIn()
{
    static std::once_flag once;
    static std::optional<Result<FilingPack>> loaded;
    std::call_once(once, [] {
        QFile pack(u":/rules/cn-filing.json"_s);
        QFile signature(u":/rules/cn-filing.json.sig"_s);
        if (!pack.open(QIODevice::ReadOnly) || !signature.open(QIODevice::ReadOnly)) {
            loaded = fail(u"rule_pack_missing"_s, tr("The built-in filing pack is missing from this build."));
            return;
        }
        loaded = load(pack.readAll(), signature.readAll());
    });
    if (!*loaded)
        return std::unexpected(loaded->error());
    return &**loaded;
}

namespace {
struct InstalledFilingPacks
{
    std::mutex mutex;
    std::list<FilingPack> packs; ///< never erased: pointers handed out stay valid
    const FilingPack *inForce = nullptr;
};
InstalledFilingPacks &installedFilingPacks()
{
    static InstalledFilingPacks instance;
    return instance;
}
} // namespace

Result<const FilingPack *> FilingPack::inForce()
{
    InstalledFilingPacks &state = installedFilingPacks();
    {
        const std::lock_guard lock(state.mutex);
        if (state.inForce)
            return state.inForce;
    }
    return builtIn();
}

Result<bool> FilingPack::install(const QByteArray &packBytes, const QByteArray &signatureFile,
                                 const QList<rules::TrustedKey> &trusted)
{
    auto pack = load(packBytes, signatureFile, trusted);
    if (!pack)
        return std::unexpected(pack.error());
    auto shipped = builtIn();
    if (!shipped)
        return std::unexpected(shipped.error());
    if (pack->rules().id() != (*shipped)->rules().id())
        return fail(u"other_rule_pack"_s, tr("The rule pack %1 is not a filing pack.").arg(pack->rules().id()));
    InstalledFilingPacks &state = installedFilingPacks();
    const std::lock_guard lock(state.mutex);
    const FilingPack *now = state.inForce ? state.inForce : *shipped;
    if (QVersionNumber::fromString(pack->rules().version()) <= QVersionNumber::fromString(now->rules().version()))
        return false;
    state.packs.push_back(std::move(*pack));
    state.inForce = &state.packs.back();
    return true;
}

QStringList FilingPack::forms()
{
    return {u"vat-general"_s, u"vat-small"_s, u"cit-prepay"_s, u"stamp-duty"_s, u"iit-withholding"_s};
}

Result<FormVersion> FilingPack::version(const QString &form, const Period &period, const QString &versionId) const
{
    if (!forms().contains(form))
        return fail(u"unknown_form"_s, tr("There is no form \"%1\"; the forms are %2.").arg(form, forms().join(u", "_s)),
                    u"form"_s);
    if (!versionId.isEmpty()) {
        auto definition = m_definitions.value(form + u'/' + versionId);
        if (!definition)
            return fail(u"unknown_version"_s, tr("Form %1 has no version \"%2\" in this pack.").arg(form, versionId),
                        u"version"_s);
        return FormVersion{definition, {}};
    }
    auto value = m_rules.value(u"form."_s + form, period.firstFilingDay());
    if (!value)
        return fail(u"no_form_for_period"_s,
                    tr("No version of form %1 is known for the period %2 (filed from %3).")
                        .arg(form, period.text(), period.firstFilingDay().toString(Qt::ISODate)),
                    u"period"_s);
    // A range either carries its definition or reuses an earlier one ("uses") with its own notices:
    // the 2026 fill-in rules keep the 2021 forms.
    const QJsonObject entry = value->toObject();
    const QString id = entry.contains(u"uses"_s) ? entry.value(u"uses"_s).toString()
                                                 : entry.value(u"definition"_s).toObject().value(u"version"_s).toString();
    auto definition = m_definitions.value(form + u'/' + id);
    if (!definition)
        return std::unexpected(definitionError(u"form %1 uses the unknown version %2"_s.arg(form, id)));
    return FormVersion{definition, entry.value(u"notices"_s).toArray()};
}

Result<Decimal> FilingPack::parameter(const QString &name, QDate date) const
{
    return m_rules.decimal(u"param."_s + name, date);
}

// ---------------------------------------------------------------------------------------------------
// ComputedReturn

bool ComputedReturn::hasErrors() const
{
    for (const QJsonValue &check : checks) {
        if (check.toObject().value(u"severity"_s).toString() == u"error")
            return true;
    }
    return false;
}

QJsonObject ComputedReturn::toJson(bool withExplain) const
{
    QJsonObject cellObject;
    for (auto it = cells.cbegin(); it != cells.cend(); ++it)
        cellObject.insert(it.key(), it.value());
    QJsonObject document{{u"form"_s, form},
                         {u"version"_s, version},
                         {u"period"_s, period.text()},
                         {u"cells"_s, cellObject},
                         {u"checks"_s, checks}};
    if (withExplain) {
        QJsonObject explanation;
        for (auto it = explain.cbegin(); it != explain.cend(); ++it)
            explanation.insert(it.key(), it.value());
        document.insert(u"explain"_s, explanation);
    }
    return document;
}

Decimal ComputedReturn::amount(const QString &cell) const
{
    const QJsonValue value = cells.value(cell);
    if (value.isDouble())
        return Decimal::fromInteger(value.toInteger());
    if (value.isString()) {
        if (value.toString() == u"true")
            return Decimal::fromInteger(1);
        if (auto parsed = Decimal::parse(value.toString(), cell, 12))
            return *parsed;
    }
    return {};
}

// ---------------------------------------------------------------------------------------------------
// FormEngine

FormEngine::FormEngine(const FilingPack &pack, const rules::RulePack &taxRules)
    : m_pack(pack)
    , m_taxRules(taxRules)
{ }

namespace {

int fractionDigitsOf(CellType type)
{
    switch (type) {
    case CellType::Amount:
    case CellType::Number:
        return 2;
    case CellType::Count:
    case CellType::Bool:
        return 0;
    case CellType::Rate:
        return 6;
    case CellType::Text:
        return 0;
    }
    return 2;
}

QJsonValue toJsonValue(CellType type, const Decimal &value)
{
    switch (type) {
    case CellType::Count:
        return QJsonValue(value.toFixed(0).toLongLong());
    case CellType::Bool:
        return value.isZero() ? u"false"_s : u"true"_s;
    case CellType::Rate:
        return value.roundedHalfUp(6).toString();
    default:
        return value.toFixed(2);
    }
}

QString displayValue(CellType type, const Decimal &value)
{
    switch (type) {
    case CellType::Count:
        return value.toFixed(0);
    case CellType::Bool:
        return value.isZero() ? u"0"_s : u"1"_s;
    case CellType::Rate:
        return value.roundedHalfUp(6).toString();
    default:
        return groupedAmount(value);
    }
}

/// Reads a cell value given in a request or a previous return.
Result<std::pair<Decimal, QString>> readValue(const CellSpec &cell, const QJsonValue &value)
{
    const QString name = cell.label.isEmpty() ? cell.id : u"%1 %2"_s.arg(cell.id, cell.label);
    if (cell.type == CellType::Text) {
        if (!value.isString() || value.toString().size() > 200)
            return fail(u"invalid_value"_s, FormEngine::tr("%1 must be a text of at most 200 characters.").arg(name), cell.id);
        return std::pair{Decimal(), value.toString()};
    }
    if (cell.type == CellType::Bool) {
        if (value.isBool())
            return std::pair{Decimal::fromInteger(value.toBool() ? 1 : 0), QString()};
        if (value.toString() == u"true" || value.toString() == u"false")
            return std::pair{Decimal::fromInteger(value.toString() == u"true" ? 1 : 0), QString()};
        return fail(u"invalid_value"_s, FormEngine::tr("%1 must be true or false.").arg(name), cell.id);
    }
    QString text;
    if (value.isString())
        text = value.toString();
    else if (value.isDouble())
        text = QString::number(value.toDouble(), 'g', 15);
    else
        return fail(u"invalid_value"_s, FormEngine::tr("%1 must be a number such as \"1234.50\".").arg(name), cell.id);
    auto parsed = Decimal::parse(text, name, fractionDigitsOf(cell.type));
    if (!parsed)
        return std::unexpected(parsed.error().withField(cell.id));
    QString integerPart = parsed->toFixed(0);
    integerPart.remove(u'-');
    if (integerPart.size() > 15) // 10^15 yuan: more than any return holds, and past what a double shows exactly
        return fail(u"invalid_value"_s, FormEngine::tr("%1 is larger than any return holds.").arg(name), cell.id);
    return std::pair{*parsed, QString()};
}

/// One evaluation of a return: values computed on demand, each once.
class Evaluation
{
public:
    const FormDefinition::Expanded *expanded = nullptr;
    const FilingPack *pack = nullptr;
    const rules::RulePack *taxRules = nullptr;
    Period period;
    QHash<QString, Decimal> given;
    QHash<QString, QString> texts;
    QHash<QString, Decimal> previous;
    bool hasPrevious = false;
    bool sameYear = false;
    QJsonObject flagDefinitions;
    QJsonObject flags;

    QHash<QString, Decimal> values;
    QSet<QString> inProgress;

    Formula::Context context()
    {
        return Formula::Context{[this](const QString &cell) { return value(cell); },
                                [this](const QString &name, const QStringList &words, const QList<Decimal> &args) {
                                    return function(name, words, args);
                                }};
    }

    Result<Decimal> value(const QString &id)
    {
        if (auto it = values.constFind(id); it != values.cend())
            return *it;
        auto spec = expanded->cells.constFind(id);
        if (spec == expanded->cells.cend()) {
            // A row of a dynamic table that this return does not have: empty.
            if (id.contains(u".r"_s))
                return Decimal();
            return std::unexpected(definitionError(u"no cell "_s + id));
        }
        if (spec->type == CellType::Text)
            return std::unexpected(definitionError(id + u" is text, not a number"_s));
        Decimal result;
        if (spec->input && given.contains(id)) {
            result = given.value(id);
        } else if (spec->formula) {
            if (inProgress.contains(id))
                return std::unexpected(definitionError(u"a formula of "_s + id + u" depends on itself"_s));
            inProgress.insert(id);
            auto computed = spec->formula->evaluate(context());
            inProgress.remove(id);
            if (!computed)
                return std::unexpected(computed.error());
            result = spec->type == CellType::Bool ? Decimal::fromInteger(computed->isZero() ? 0 : 1)
                                                  : computed->roundedHalfUp(fractionDigitsOf(spec->type));
        }
        values.insert(id, result);
        return result;
    }

    Result<Decimal> flagValue(const QString &name)
    {
        const QJsonObject definition = flagDefinitions.value(name).toObject();
        if (definition.isEmpty())
            return std::unexpected(definitionError(u"unknown flag "_s + name));
        const QJsonValue value = flags.contains(name) ? flags.value(name) : definition.value(u"default"_s);
        if (value.isBool())
            return Decimal::fromInteger(value.toBool() ? 1 : 0);
        auto parsed = Decimal::parse(value.toString(), name, 6);
        if (!parsed)
            return std::unexpected(definitionError(u"flag "_s + name + u" is not a number"_s));
        return *parsed;
    }

    Result<Decimal> function(const QString &name, const QStringList &words, const QList<Decimal> &args)
    {
        auto boolean = [](bool b) { return Decimal::fromInteger(b ? 1 : 0); };
        auto word = [&words](qsizetype i) { return i < words.size() ? words.at(i) : QString(); };
        if (name == u"prev" || name == u"prevy") {
            if (name == u"prevy" && !sameYear)
                return Decimal();
            return previous.value(word(0));
        }
        if (name == u"has_prev")
            return boolean(hasPrevious);
        if (name == u"same_year")
            return boolean(sameYear);
        if (name == u"given")
            return boolean(given.contains(word(0)) || texts.contains(word(0)));
        if (name == u"months")
            return Decimal::fromInteger(period.months());
        if (name == u"quarter")
            return Decimal::fromInteger(period.quarter());
        if (name == u"flag")
            return flagValue(word(0));
        if (name == u"flag_set")
            return boolean(flags.contains(word(0)));
        if (name == u"flag_is") {
            const QJsonObject definition = flagDefinitions.value(word(0)).toObject();
            const QString value
                = flags.contains(word(0)) ? flags.value(word(0)).toString() : definition.value(u"default"_s).toString();
            return boolean(value == word(1));
        }
        if (name == u"param") {
            auto p = pack->parameter(word(0), period.end);
            if (!p)
                return std::unexpected(p.error());
            return *p;
        }
        if (name == u"stamp_rate") {
            QString item = texts.value(word(0));
            const QJsonObject names = pack->rules().value(u"stamp_duty.item_names"_s, period.end)->toObject();
            if (names.contains(item))
                item = names.value(item).toString();
            auto rate = taxRules->decimal(u"stamp_duty.rates"_s, item, period.end);
            if (!rate)
                return Decimal();
            return *rate;
        }
        if (name == u"rows_sum" || name == u"rows_count") {
            // rows_sum(T.r, tax): the sum of T.r1.tax, T.r2.tax, … over the rows this return has.
            const QString prefix = word(0);
            const QString suffix = u'.' + word(1);
            Decimal total;
            int count = 0;
            for (auto it = expanded->cells.constBegin(); it != expanded->cells.constEnd(); ++it) {
                if (!it.key().startsWith(prefix) || !it.key().endsWith(suffix))
                    continue;
                bool isRow = false;
                (void)QStringView(it.key()).mid(prefix.size(), it.key().size() - prefix.size() - suffix.size()).toInt(&isRow);
                if (!isRow)
                    continue;
                ++count;
                if (name == u"rows_sum") {
                    auto v = value(it.key());
                    if (!v)
                        return v;
                    total = total + *v;
                }
            }
            return name == u"rows_sum" ? total : Decimal::fromInteger(count);
        }
        if (name == u"iit_tax") {
            const Decimal taxable = words.value(0).isEmpty() ? args.value(0) : value(word(0)).value_or(Decimal());
            if (taxable.isNegative() || taxable.isZero())
                return Decimal();
            auto table = taxRules->table(u"iit.cumulative_table"_s, period.end);
            if (!table)
                return std::unexpected(table.error());
            const rules::Bracket &row = table->find(taxable);
            return (taxable * row.rate - row.quickDeduction).roundedHalfUp(2);
        }
        return std::unexpected(definitionError(u"unknown function "_s + name));
    }
};

} // namespace

Result<ComputedReturn> FormEngine::compute(const QString &form, const QJsonObject &request) const
{
    for (auto it = request.constBegin(); it != request.constEnd(); ++it) {
        if (!QStringList{u"period"_s, u"cells"_s, u"previous"_s, u"flags"_s}.contains(it.key()))
            return fail(u"unknown_field"_s,
                        tr("\"%1\" is not part of a return (it takes period, cells, previous, flags).").arg(it.key()), it.key());
    }
    auto period = Period::parse(request.value(u"period"_s).toString());
    if (!period)
        return std::unexpected(period.error());
    const QJsonObject flags = request.value(u"flags"_s).toObject();
    auto version = m_pack.version(form, *period, flags.value(u"version"_s).toString());
    if (!version)
        return std::unexpected(version.error());
    const FormDefinition &definition = *version->definition;
    const QString kindName = period->kind == Period::Kind::Month ? u"month"_s
        : period->kind == Period::Kind::Quarter                  ? u"quarter"_s
        : period->kind == Period::Kind::Year                     ? u"year"_s
                                                                 : u"day"_s;
    if (!definition.periodKinds().contains(kindName))
        return fail(
            u"invalid_period"_s,
            tr("Form %1 is filed for a %2, not for \"%3\".").arg(form, definition.periodKinds().join(u" / "_s), period->text()),
            u"period"_s);

    // Flags: only the form's own, with the values it allows.
    const QJsonObject flagDefinitions = definition.flags();
    for (auto it = flags.constBegin(); it != flags.constEnd(); ++it) {
        if (it.key() == u"version")
            continue;
        if (!flagDefinitions.contains(it.key()))
            return fail(u"unknown_flag"_s,
                        tr("Form %1 has no tick or rate \"%2\"; it takes %3.")
                            .arg(form, it.key(), QStringList(flagDefinitions.keys()).join(u", "_s)),
                        it.key());
        const QJsonObject flagDefinition = flagDefinitions.value(it.key()).toObject();
        const QJsonArray allowed = flagDefinition.value(u"values"_s).toArray();
        const bool isBool = flagDefinition.value(u"type"_s).toString() == u"bool";
        if ((isBool && !it.value().isBool()) || (!isBool && !allowed.contains(it.value())))
            return fail(u"invalid_flag"_s,
                        isBool ? tr("\"%1\" must be true or false.").arg(it.key())
                               : tr("\"%1\" must be one of %2.")
                                     .arg(it.key(), QString::fromUtf8(QJsonDocument(allowed).toJson(QJsonDocument::Compact))),
                        it.key());
    }

    const QJsonObject cells = request.value(u"cells"_s).toObject();
    QJsonObject previousCells = request.value(u"previous"_s).toObject();
    std::optional<Period> previousPeriod;
    if (previousCells.value(u"cells"_s).isObject()) { // a whole earlier output document
        if (auto p = Period::parse(previousCells.value(u"period"_s).toString()))
            previousPeriod = *p;
        previousCells = previousCells.value(u"cells"_s).toObject();
    }
    if (cells.size() + previousCells.size() > kMaxCells)
        return fail(u"input_too_large"_s, tr("A return of more than %1 cells is more than any form holds.").arg(kMaxCells));
    QStringList present = cells.keys();
    present.append(previousCells.keys());
    auto expanded = definition.expand(present);
    if (!expanded)
        return std::unexpected(expanded.error());

    Evaluation evaluation;
    evaluation.expanded = &*expanded;
    evaluation.pack = &m_pack;
    evaluation.taxRules = &m_taxRules;
    evaluation.period = *period;
    evaluation.flagDefinitions = flagDefinitions;
    evaluation.flags = flags;
    for (auto it = cells.constBegin(); it != cells.constEnd(); ++it) {
        auto spec = expanded->cells.constFind(it.key());
        if (spec == expanded->cells.cend())
            return fail(u"unknown_cell"_s, tr("Form %1 (%2) has no cell \"%3\".").arg(form, definition.version(), it.key()),
                        it.key());
        if (!spec->input)
            return fail(u"computed_cell"_s,
                        tr("%1 %2 is computed by the form from other cells; it cannot be typed.").arg(it.key(), spec->label),
                        it.key());
        auto value = readValue(*spec, it.value());
        if (!value)
            return std::unexpected(value.error());
        if (spec->type == CellType::Text)
            evaluation.texts.insert(it.key(), value->second);
        else
            evaluation.given.insert(it.key(), value->first);
    }
    for (auto it = previousCells.constBegin(); it != previousCells.constEnd(); ++it) {
        auto spec = expanded->cells.constFind(it.key());
        if (spec == expanded->cells.cend() || spec->type == CellType::Text)
            continue; // an older version's cell, or a text: nothing to carry
        auto value = readValue(*spec, it.value());
        if (!value)
            return fail(u"invalid_value"_s,
                        tr("The previous return's %1 is not a value: %2").arg(it.key(), value.error().message), u"previous"_s);
        evaluation.previous.insert(it.key(), value->first);
    }
    evaluation.hasPrevious = !previousCells.isEmpty();
    evaluation.sameYear = evaluation.hasPrevious
        && (previousPeriod ? previousPeriod->end.year() == period->end.year() : !period->isFirstOfYear());

    ComputedReturn result;
    result.form = form;
    result.version = definition.version();
    result.period = *period;
    result.definition = version->definition;

    QSet<QString> activeRows;
    for (const QString &key : cells.keys()) {
        const qsizetype dot = key.lastIndexOf(u'.');
        if (dot > 0)
            activeRows.insert(key.left(dot));
    }
    for (const CellSpec &spec : std::as_const(expanded->cells)) {
        if (spec.type == CellType::Text) {
            if (evaluation.texts.contains(spec.id))
                result.cells.insert(spec.id, evaluation.texts.value(spec.id));
            continue;
        }
        if (!spec.sparseRow.isEmpty() && !activeRows.contains(spec.sparseRow))
            continue;
        if (spec.input && !evaluation.given.contains(spec.id) && !spec.formula)
            continue; // an empty input cell is not written
        auto value = evaluation.value(spec.id);
        if (!value)
            return std::unexpected(value.error());
        result.cells.insert(spec.id, toJsonValue(spec.type, *value));
        // Computed cells, and input cells filled by their default (carried from the previous return).
        if (spec.formula && !(spec.input && evaluation.given.contains(spec.id))) {
            const Formula &f = *spec.formula;
            auto valueOf = [&evaluation, &expanded](const QString &cell) {
                const auto s = expanded->cells.constFind(cell);
                return displayValue(s == expanded->cells.cend() ? CellType::Amount : s->type,
                                    evaluation.value(cell).value_or(Decimal()));
            };
            const Formula::Context context = evaluation.context();
            const QString withValues = f.displayWithValues(valueOf, &context);
            const QString shown = f.display();
            const QString shownResult = displayValue(spec.type, *value);
            QString text = shown;
            if (withValues != shown && withValues != shownResult)
                text += u" = "_s + withValues;
            text += u" = "_s + shownResult;
            result.explain.insert(spec.id, text);
        }
    }

    // Checks: every rule that does not hold, with its numbers.
    for (const QJsonValue &notice : version->notices) {
        const QJsonObject n = notice.toObject();
        result.checks.append(QJsonObject{{u"id"_s, n.value(u"id"_s).toString()},
                                         {u"severity"_s, n.value(u"severity"_s).toString(u"warning"_s)},
                                         {u"cells"_s, n.value(u"cells"_s).toArray()},
                                         {u"message"_s, packText(n.value(u"message"_s))}});
    }
    for (const CheckSpec &check : std::as_const(expanded->checks)) {
        if (check.when) {
            auto applies = check.when->evaluate(evaluation.context());
            if (!applies)
                return std::unexpected(applies.error());
            if (applies->isZero())
                continue;
        }
        auto holds = check.rule.evaluate(evaluation.context());
        if (!holds)
            return std::unexpected(holds.error());
        if (!holds->isZero())
            continue;
        auto valueOf = [&evaluation, &expanded](const QString &cell) {
            const auto s = expanded->cells.constFind(cell);
            return displayValue(s == expanded->cells.cend() ? CellType::Amount : s->type,
                                evaluation.value(cell).value_or(Decimal()));
        };
        const Formula::Context context = evaluation.context();
        result.checks.append(QJsonObject{{u"id"_s, check.id},
                                         {u"severity"_s, check.severity},
                                         {u"cells"_s, QJsonArray::fromStringList(check.cells)},
                                         {u"message"_s,
                                          check.message + u"（"_s + check.rule.display() + u"："_s
                                              + check.rule.displayWithValues(valueOf, &context) + u"）"_s}});
    }
    return result;
}

} // namespace taxbox::filing
