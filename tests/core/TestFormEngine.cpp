// The form engine and the filing pack: the worked examples of spec/filing-forms.md §8 (transcribed into
// tests/data/filing/examples.json from the spec, not from the engine), one breaking case per check,
// the boundaries of every threshold, versions by period, rounding, refusals, and the formula language.

#include "filing/FormEngine.h"
#include "filing/Formula.h"
#include "rules/RulePack.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QSet>
#include <QTest>

using namespace Qt::Literals::StringLiterals;
using namespace taxbox;
using namespace taxbox::filing;

namespace {

QJsonObject readData(const QString &name)
{
    QFile file(QStringLiteral(TAXBOX_FILING_DATA) + u'/' + name);
    if (!file.open(QIODevice::ReadOnly))
        qFatal("cannot read %s", qPrintable(name));
    return QJsonDocument::fromJson(file.readAll()).object();
}

QByteArray readSource(const QString &path)
{
    QFile file(QStringLiteral(TAXBOX_SOURCE_DIR) + u'/' + path);
    if (!file.open(QIODevice::ReadOnly))
        qFatal("cannot read %s", qPrintable(path));
    return file.readAll();
}

const FilingPack &pack()
{
    return **FilingPack::builtIn();
}

const FormEngine &engine()
{
    static const FormEngine instance(pack(), **rules::RulePack::builtIn());
    return instance;
}

ComputedReturn compute(const QString &form, const QJsonObject &request)
{
    auto result = engine().compute(form, request);
    if (!result)
        qFatal("compute failed: %s", qPrintable(result.error().message));
    return *result;
}

QStringList checkIds(const ComputedReturn &computed)
{
    QStringList ids;
    for (const QJsonValue &check : computed.checks)
        ids.append(check.toObject().value(u"id"_s).toString());
    return ids;
}

QJsonValue cellOf(const ComputedReturn &computed, const QString &cell)
{
    return computed.cells.value(cell);
}

Decimal value(const QString &text)
{
    return *Decimal::parse(text, u"test"_s, 12);
}

} // namespace

class TestFormEngine : public QObject
{
    Q_OBJECT

private slots:
    void shippedPackLoadsAndIsSigned()
    {
        QVERIFY(FilingPack::builtIn().has_value());
        QByteArray bytes = readSource(u"rules/cn-filing.json"_s);
        const QByteArray signature = readSource(u"rules/cn-filing.json.sig"_s);
        QVERIFY(FilingPack::load(bytes, signature).has_value());
        // One changed figure (the CIT rate) and the pack is refused before anything in it is read.
        const qsizetype at = bytes.indexOf("\"0.25\"");
        QVERIFY(at > 0);
        bytes.replace(at, 6, "\"0.20\"");
        auto tampered = FilingPack::load(bytes, signature);
        QVERIFY(!tampered);
        QCOMPARE(tampered.error().code, u"tampered_rule_pack"_s);
        QVERIFY(!FilingPack::load(readSource(u"rules/cn-filing.json"_s), QByteArray()));
    }

    void workedExamples_data()
    {
        QTest::addColumn<QJsonObject>("example");
        for (const QJsonValue &example : readData(u"examples.json"_s).value(u"cases"_s).toArray())
            QTest::newRow(qPrintable(example.toObject().value(u"name"_s).toString())) << example.toObject();
    }
    void workedExamples()
    {
        QFETCH(QJsonObject, example);
        QJsonObject request = example.value(u"request"_s).toObject();
        if (example.contains(u"previous_case"_s)) {
            // The earlier example of the same company, computed here, is this one's previous return.
            for (const QJsonValue &other : readData(u"examples.json"_s).value(u"cases"_s).toArray()) {
                if (other.toObject().value(u"name"_s) == example.value(u"previous_case"_s))
                    request.insert(
                        u"previous"_s,
                        compute(other.toObject().value(u"form"_s).toString(), other.toObject().value(u"request"_s).toObject())
                            .toJson(false));
            }
            QVERIFY(request.contains(u"previous"_s));
        }
        const ComputedReturn computed = compute(example.value(u"form"_s).toString(), request);
        const QJsonObject expect = example.value(u"expect"_s).toObject();
        for (auto it = expect.constBegin(); it != expect.constEnd(); ++it)
            QVERIFY2(cellOf(computed, it.key()) == it.value(),
                     qPrintable(u"%1: %2 expected, got %3"_s.arg(it.key(), it.value().toVariant().toString(),
                                                                 cellOf(computed, it.key()).toVariant().toString())));
        for (const QJsonValue &cell : example.value(u"expect_zero"_s).toArray())
            QVERIFY2(computed.amount(cell.toString()).isZero(), qPrintable(cell.toString()));
        QVERIFY2(!computed.hasErrors(), QJsonDocument(computed.checks).toJson().constData());
    }

    void everyCheckFiresOnACaseThatBreaksIt_data()
    {
        QTest::addColumn<QJsonObject>("breaking");
        const QJsonArray cases = readData(u"checks.json"_s).value(u"cases"_s).toArray();
        for (qsizetype i = 0; i < cases.size(); ++i) {
            const QJsonObject c = cases.at(i).toObject();
            QTest::newRow(
                qPrintable(u"%1 %2 %3 #%4"_s
                               .arg(c.value(u"form"_s).toString(), c.value(u"fires"_s).toString(), c.value(u"cell"_s).toString())
                               .arg(i)))
                << c;
        }
    }
    void everyCheckFiresOnACaseThatBreaksIt()
    {
        QFETCH(QJsonObject, breaking);
        const ComputedReturn computed = compute(breaking.value(u"form"_s).toString(), breaking.value(u"request"_s).toObject());
        bool fired = false;
        for (const QJsonValue &check : computed.checks) {
            const QJsonObject c = check.toObject();
            if (c.value(u"id"_s) == breaking.value(u"fires"_s)
                && c.value(u"cells"_s).toArray().contains(breaking.value(u"cell"_s))) {
                fired = true;
                QVERIFY(!c.value(u"message"_s).toString().isEmpty());
            }
        }
        QVERIFY2(fired, QJsonDocument(computed.checks).toJson().constData());
    }

    void everyCheckHasABreakingCase()
    {
        // (form, version, id, first cell) of every check of every version, against the cases above.
        QSet<QString> covered;
        QHash<QString, QStringList> presentByVersion;
        for (const QJsonValue &value : readData(u"checks.json"_s).value(u"cases"_s).toArray()) {
            const QJsonObject c = value.toObject();
            const ComputedReturn computed = compute(c.value(u"form"_s).toString(), c.value(u"request"_s).toObject());
            const QString key = computed.form + u'/' + computed.version;
            covered.insert(key + u'/' + c.value(u"fires"_s).toString() + u'/' + c.value(u"cell"_s).toString());
            presentByVersion[key] += c.value(u"request"_s).toObject().value(u"cells"_s).toObject().keys();
            presentByVersion[key].append(computed.definition->form()); // the version is known
        }
        int checks = 0;
        for (const QString &form : FilingPack::forms()) {
            for (const QString &period : {u"2025Q2"_s, u"2025Q3"_s}) {
                auto version = pack().version(form, *Period::parse(form == u"iit-withholding" ? u"2025-03"_s : period));
                QVERIFY(version.has_value());
                const QString key = form + u'/' + version->definition->version();
                auto expanded = version->definition->expand(presentByVersion.value(key));
                QVERIFY(expanded.has_value());
                for (const CheckSpec &check : expanded->checks) {
                    ++checks;
                    QVERIFY2(covered.contains(key + u'/' + check.id + u'/' + check.cells.value(0)),
                             qPrintable(u"no breaking case for %1 %2 (%3)"_s.arg(key, check.id, check.cells.value(0))));
                }
            }
        }
        QVERIFY(checks > 60);
    }

    void explainShowsTheFormulaWithItsNumbers()
    {
        const QJsonObject g1 = readData(u"examples.json"_s).value(u"cases"_s).toArray().at(0).toObject();
        const ComputedReturn computed = compute(u"vat-general"_s, g1.value(u"request"_s).toObject());
        QCOMPARE(computed.explain.value(u"M19"_s), u"M11 − M18 − A4.r6.c5 = 136,500.00 − 88,400.00 − 0.00 = 48,100.00"_s);
        QCOMPARE(computed.explain.value(u"M17"_s),
                 u"M12 + M13 − M14 − M15 + M16 = 91,000.00 + 0.00 − 2,600.00 − 0.00 + 0.00 = 88,400.00"_s);
        QVERIFY(computed.explain.value(u"A5.r1.c5"_s).endsWith(u"= round((48,100.00 + 0.00 − 0.00) × 0.07) = 3,367.00"_s));
        // Input cells given by the person have no formula to explain; carried ones show where they came from.
        QVERIFY(!computed.explain.contains(u"A1.r1.c1"_s));
        const ComputedReturn carried = compute(
            u"vat-general"_s, QJsonObject{{u"period"_s, u"2025-02"_s}, {u"previous"_s, QJsonObject{{u"M20"_s, u"8000.00"_s}}}});
        QCOMPARE(carried.explain.value(u"M13"_s), u"prev(M20) = 8,000.00"_s);
        QVERIFY(!carried.toJson(false).contains(u"explain"_s));
        QVERIFY(carried.toJson(true).value(u"explain"_s).toObject().contains(u"M13"_s));
    }

    void roundingHappensInEachCell()
    {
        // A real 2026 附加税费 row: 城建 on 56,641.53 is 3,964.91; halved 1,982.455 → 1,982.46; due 1,982.45.
        const ComputedReturn computed
            = compute(u"vat-general"_s,
                      QJsonObject{{u"period"_s, u"2026-04"_s},
                                  {u"cells"_s, QJsonObject{{u"A1.r1.c1"_s, u"435704.08"_s}, {u"A1.r1.c2"_s, u"56641.53"_s}}},
                                  {u"flags"_s, QJsonObject{{u"six_taxes_two_fees"_s, u"small_low_profit"_s}}}});
        QCOMPARE(cellOf(computed, u"A5.r1.c1"_s), QJsonValue(u"56641.53"_s));
        QCOMPARE(cellOf(computed, u"A5.r1.c5"_s), QJsonValue(u"3964.91"_s));
        QCOMPARE(cellOf(computed, u"A5.r1.c9"_s), QJsonValue(u"1982.46"_s));
        QCOMPARE(cellOf(computed, u"A5.r1.c13"_s), QJsonValue(u"1982.45"_s));
        QCOMPARE(cellOf(computed, u"A5.r4.c1"_s), QJsonValue(u"169924.59"_s)); // the real page sums column 1 too
        // Services after deduction: 376.66 × 13% ÷ 113% = 43.3325… → 43.33.
        const ComputedReturn services
            = compute(u"vat-general"_s,
                      QJsonObject{{u"period"_s, u"2025-03"_s},
                                  {u"cells"_s, QJsonObject{{u"A1.r2.c1"_s, u"333.33"_s}, {u"A1.r2.c2"_s, u"43.33"_s}}}});
        QCOMPARE(cellOf(services, u"A1.r2.c14"_s), QJsonValue(u"43.33"_s));
        QCOMPARE(cellOf(services, u"M11"_s), QJsonValue(u"43.33"_s));
    }

    void smallScaleThresholdBoundaries_data()
    {
        QTest::addColumn<QString>("period");
        QTest::addColumn<QString>("sales");
        QTest::addColumn<bool>("exempt");
        QTest::addColumn<bool>("educationExempt");
        QTest::newRow("quarter 300,000.00") << u"2025Q3"_s << u"300000.00"_s << true << true;
        QTest::newRow("quarter 300,000.01") << u"2025Q3"_s << u"300000.01"_s << false << false;
        QTest::newRow("month 100,000.00") << u"2025-08"_s << u"100000.00"_s << true << true;
        QTest::newRow("month 100,000.01") << u"2025-08"_s << u"100000.01"_s << false << false;
        // 2021-04 … 2022-12: VAT threshold 150,000 a month, the surcharges' exemption still 100,000.
        QTest::newRow("2022 month 150,000.00") << u"2022-08"_s << u"150000.00"_s << true << false;
        QTest::newRow("2022 month 150,000.01") << u"2022-08"_s << u"150000.01"_s << false << false;
    }
    void smallScaleThresholdBoundaries()
    {
        QFETCH(QString, period);
        QFETCH(QString, sales);
        QFETCH(bool, exempt);
        QFETCH(bool, educationExempt);
        // Reported as exempt (line 10): right at the threshold it holds, a fen above it is refused.
        const ComputedReturn asExempt
            = compute(u"vat-small"_s, QJsonObject{{u"period"_s, period}, {u"cells"_s, QJsonObject{{u"M10.g"_s, sales}}}});
        QCOMPARE(asExempt.hasErrors(), !exempt);
        QCOMPARE(asExempt.cells.value(u"H.education_exempt"_s).toString(), educationExempt ? u"true"_s : u"false"_s);
        // Reported as taxable on other invoices: refused at the threshold, accepted above it.
        const ComputedReturn asTaxable
            = compute(u"vat-small"_s,
                      QJsonObject{{u"period"_s, period}, {u"cells"_s, QJsonObject{{u"M1.g"_s, sales}, {u"M3.g"_s, sales}}}});
        QCOMPARE(asTaxable.hasErrors(), exempt);
    }

    void reducedRateByPeriod()
    {
        auto taxOn = [](const QString &period) {
            const ComputedReturn c
                = compute(u"vat-small"_s,
                          QJsonObject{{u"period"_s, period},
                                      {u"cells"_s, QJsonObject{{u"M1.g"_s, u"400000.00"_s}, {u"M3.g"_s, u"400000.00"_s}}}});
            return c.cells.value(u"M20.g"_s).toString();
        };
        QCOMPARE(taxOn(u"2025Q1"_s), u"4000.00"_s); // 1% under 2023年第19号
        QCOMPARE(taxOn(u"2027Q4"_s), u"4000.00"_s);
        QCOMPARE(taxOn(u"2028Q1"_s), u"12000.00"_s); // back to 3% when the relief ends
    }

    void smallLowProfitBoundaries_data()
    {
        QTest::addColumn<QString>("profit");
        QTest::addColumn<int>("staff");
        QTest::addColumn<QString>("assets");
        QTest::addColumn<bool>("small");
        QTest::newRow("3,000,000.00") << u"3000000.00"_s << 300 << u"5000"_s << true;
        QTest::newRow("3,000,000.01") << u"3000000.01"_s << 300 << u"5000"_s << false;
        QTest::newRow("301 staff") << u"100000.00"_s << 301 << u"5000"_s << false;
        QTest::newRow("5,000.01 万元") << u"100000.00"_s << 300 << u"5000.01"_s << false;
    }
    void smallLowProfitBoundaries()
    {
        QFETCH(QString, profit);
        QFETCH(int, staff);
        QFETCH(QString, assets);
        QFETCH(bool, small);
        const ComputedReturn c = compute(u"cit-prepay"_s,
                                         QJsonObject{{u"period"_s, u"2024Q1"_s},
                                                     {u"cells"_s,
                                                      QJsonObject{{u"H.staff.start"_s, staff},
                                                                  {u"H.staff.end"_s, staff},
                                                                  {u"H.assets.start"_s, assets},
                                                                  {u"H.assets.end"_s, assets},
                                                                  {u"L3"_s, profit}}}});
        QCOMPARE(c.cells.value(u"H.small_low_profit"_s).toString(), small ? u"true"_s : u"false"_s);
        const Decimal tax = value(profit) * value(u"0.25"_s);
        const Decimal due = small ? (value(profit) * value(u"0.05"_s)).roundedHalfUp(2) : tax.roundedHalfUp(2);
        QCOMPARE(c.amount(u"L16"_s), due);
    }

    void tieredReliefBefore2023()
    {
        // 2022: up to 1,000,000 at 2.5%, the rest up to 3,000,000 at 5%: 2,000,000 → 25,000 + 50,000 = 75,000.
        const ComputedReturn c = compute(u"cit-prepay"_s,
                                         QJsonObject{{u"period"_s, u"2022Q4"_s},
                                                     {u"cells"_s,
                                                      QJsonObject{{u"H.staff.start"_s, 10},
                                                                  {u"H.staff.end"_s, 10},
                                                                  {u"H.assets.start"_s, u"100"_s},
                                                                  {u"H.assets.end"_s, u"100"_s},
                                                                  {u"L3"_s, u"2000000.00"_s}}}});
        QCOMPARE(c.cells.value(u"L16"_s).toString(), u"75000.00"_s);
    }

    void versionsByFilingDay_data()
    {
        QTest::addColumn<QString>("form");
        QTest::addColumn<QString>("period");
        QTest::addColumn<QString>("version");
        QTest::addColumn<QString>("notice");
        QTest::newRow("A200000 2025Q2") << u"cit-prepay"_s << u"2025Q2"_s << u"2021"_s << QString();
        QTest::newRow("A200000 2025Q3") << u"cit-prepay"_s << u"2025Q3"_s << u"2025"_s << u"CIT-2025-LINES"_s;
        QTest::newRow("A200000 month 2025-08") << u"cit-prepay"_s << u"2025-08"_s << u"2021"_s << QString();
        QTest::newRow("A200000 month 2025-09") << u"cit-prepay"_s << u"2025-09"_s << u"2025"_s << u"CIT-2025-LINES"_s;
        QTest::newRow("VAT 2025-12") << u"vat-general"_s << u"2025-12"_s << u"2021-20"_s << QString();
        QTest::newRow("VAT 2026-01 (2026年第6号)") << u"vat-general"_s << u"2026-01"_s << u"2021-20"_s << u"V-2026-6"_s;
        QTest::newRow("small 2026Q1") << u"vat-small"_s << u"2026Q1"_s << u"2021-20"_s << u"V-2026-SMALL"_s;
    }
    void versionsByFilingDay()
    {
        QFETCH(QString, form);
        QFETCH(QString, period);
        QFETCH(QString, version);
        QFETCH(QString, notice);
        const ComputedReturn c = compute(form, QJsonObject{{u"period"_s, period}});
        QCOMPARE(c.version, version);
        if (notice.isEmpty())
            QVERIFY(!checkIds(c).contains(u"V-2026-6"_s) && !checkIds(c).contains(u"CIT-2025-LINES"_s));
        else
            QVERIFY(checkIds(c).contains(notice));
        QVERIFY(!c.hasErrors()); // what the pack does not know is a warning, not a block
        // The older version on request.
        const ComputedReturn older = compute(
            u"cit-prepay"_s, QJsonObject{{u"period"_s, u"2025Q3"_s}, {u"flags"_s, QJsonObject{{u"version"_s, u"2021"_s}}}});
        QCOMPARE(older.version, u"2021"_s);
    }

    void balancesCarryAcrossTheYearButTotalsDoNot()
    {
        const ComputedReturn january
            = compute(u"vat-general"_s,
                      QJsonObject{{u"period"_s, u"2025-01"_s},
                                  {u"cells"_s, QJsonObject{{u"A1.r1.c1"_s, u"1000.00"_s}, {u"A1.r1.c2"_s, u"130.00"_s}}},
                                  {u"previous"_s, QJsonObject{{u"M20"_s, u"100.00"_s}, {u"M1.y"_s, u"999999.00"_s}}}});
        QCOMPARE(january.cells.value(u"M13"_s).toString(), u"100.00"_s);
        QCOMPARE(january.cells.value(u"M1.y"_s).toString(), u"1000.00"_s);
        const ComputedReturn february
            = compute(u"vat-general"_s,
                      QJsonObject{{u"period"_s, u"2025-02"_s},
                                  {u"cells"_s, QJsonObject{{u"A1.r1.c1"_s, u"500.00"_s}, {u"A1.r1.c2"_s, u"65.00"_s}}},
                                  {u"previous"_s, january.toJson(false)}});
        QCOMPARE(february.cells.value(u"M1.y"_s).toString(), u"1500.00"_s);
        QCOMPARE(february.cells.value(u"M19.y"_s).toString(), u"95.00"_s); // 30.00 + 65.00
        QCOMPARE(february.cells.value(u"M13.y"_s).toString(), u"0.00"_s);
    }

    void refusals_data()
    {
        QTest::addColumn<QString>("form");
        QTest::addColumn<QJsonObject>("request");
        QTest::addColumn<QString>("code");
        QTest::addColumn<QString>("field");
        const QJsonObject g{{u"period"_s, u"2025-01"_s}};
        auto with = [](QJsonObject request, const QString &key, const QJsonValue &value) {
            request.insert(key, value);
            return request;
        };
        QTest::newRow("computed cell") << u"vat-general"_s << with(g, u"cells"_s, QJsonObject{{u"M19"_s, u"1.00"_s}})
                                       << u"computed_cell"_s << u"M19"_s;
        QTest::newRow("unknown cell") << u"vat-general"_s << with(g, u"cells"_s, QJsonObject{{u"M99"_s, u"1.00"_s}})
                                      << u"unknown_cell"_s << u"M99"_s;
        QTest::newRow("a dash cell (M7.j)") << u"vat-general"_s << with(g, u"cells"_s, QJsonObject{{u"M7.j"_s, u"1.00"_s}})
                                            << u"unknown_cell"_s << u"M7.j"_s;
        QTest::newRow("three decimals") << u"vat-general"_s << with(g, u"cells"_s, QJsonObject{{u"A1.r1.c1"_s, u"1.001"_s}})
                                        << u"too_many_fraction_digits"_s << u"A1.r1.c1"_s;
        QTest::newRow("absurdly large") << u"vat-general"_s
                                        << with(g, u"cells"_s, QJsonObject{{u"A1.r1.c1"_s, u"1000000000000000000000.00"_s}})
                                        << u"invalid_value"_s << u"A1.r1.c1"_s;
        QTest::newRow("not a number") << u"vat-general"_s << with(g, u"cells"_s, QJsonObject{{u"A1.r1.c1"_s, u"abc"_s}})
                                      << u"invalid_number"_s << u"A1.r1.c1"_s;
        QTest::newRow("count with decimals") << u"vat-general"_s << with(g, u"cells"_s, QJsonObject{{u"A2.2.n"_s, u"2.5"_s}})
                                             << u"too_many_fraction_digits"_s << u"A2.2.n"_s;
        QTest::newRow("unknown flag") << u"vat-general"_s << with(g, u"flags"_s, QJsonObject{{u"colour"_s, u"red"_s}})
                                      << u"unknown_flag"_s << u"colour"_s;
        QTest::newRow("bad urban rate") << u"vat-general"_s << with(g, u"flags"_s, QJsonObject{{u"urban_rate"_s, u"0.06"_s}})
                                        << u"invalid_flag"_s << u"urban_rate"_s;
        QTest::newRow("bad period") << u"vat-general"_s << QJsonObject{{u"period"_s, u"2025-13"_s}} << u"invalid_period"_s
                                    << u"period"_s;
        QTest::newRow("wrong period kind") << u"iit-withholding"_s << QJsonObject{{u"period"_s, u"2025Q1"_s}}
                                           << u"invalid_period"_s << u"period"_s;
        QTest::newRow("before the form") << u"vat-general"_s << QJsonObject{{u"period"_s, u"2020-01"_s}}
                                         << u"no_form_for_period"_s << u"period"_s;
        QTest::newRow("unknown form") << u"vat-special"_s << g << u"unknown_form"_s << u"form"_s;
        QTest::newRow("unknown field") << u"vat-general"_s << with(g, u"cels"_s, QJsonObject()) << u"unknown_field"_s
                                       << u"cels"_s;
        QTest::newRow("unknown version") << u"cit-prepay"_s
                                         << QJsonObject{{u"period"_s, u"2025Q1"_s},
                                                        {u"flags"_s, QJsonObject{{u"version"_s, u"1999"_s}}}}
                                         << u"unknown_version"_s << u"version"_s;
    }
    void refusals()
    {
        QFETCH(QString, form);
        QFETCH(QJsonObject, request);
        QFETCH(QString, code);
        QFETCH(QString, field);
        auto result = engine().compute(form, request);
        QVERIFY(!result);
        QCOMPARE(result.error().code, code);
        QCOMPARE(result.error().field, field);
        QVERIFY(!result.error().message.isEmpty());
    }

    void dynamicRowsAreTheReturnsOwn()
    {
        QJsonObject cells;
        for (int i = 1; i <= 500; ++i) {
            cells.insert(u"T.r%1.item"_s.arg(i), u"借款合同"_s);
            cells.insert(u"T.r%1.base"_s.arg(i), u"10000.00"_s);
        }
        const ComputedReturn c = compute(u"stamp-duty"_s, QJsonObject{{u"period"_s, u"2025Q2"_s}, {u"cells"_s, cells}});
        QCOMPARE(c.cells.value(u"R.tax"_s).toString(), u"250.00"_s); // 500 × 0.50
        // Hostile row numbers: many rows are refused before anything is expanded.
        QJsonObject tooMany;
        for (int i = 1; i <= FormEngine::kMaxDynamicRows + 1; ++i)
            tooMany.insert(u"T.r%1.base"_s.arg(i * 7), u"1.00"_s);
        auto refused = engine().compute(u"stamp-duty"_s, QJsonObject{{u"period"_s, u"2025Q2"_s}, {u"cells"_s, tooMany}});
        QVERIFY(!refused);
        QCOMPARE(refused.error().code, u"input_too_large"_s);
        QCOMPARE(c.cells.value(u"T.r500.tax"_s).toString(), u"0.50"_s);
        QVERIFY(!c.cells.contains(u"T.r501.tax"_s));
    }

    void iitWithholdingAccumulates()
    {
        // 30,000 a month, 3,200 social insurance, 2,000 child education: 19,800 taxable in January at 3% = 594;
        // February cumulative 39,600 passes 36,000: 10% − 2,520 = 1,440, less 594 = 846; March 59,400 → 3,420 − 1,440.
        QJsonObject previous;
        const QStringList expected{u"594.00"_s, u"846.00"_s, u"1980.00"_s};
        for (int month = 1; month <= 3; ++month) {
            const QJsonObject cells{{u"P.r1.name"_s, u"张三"_s},
                                    {u"P.r1.id_number"_s, u"11010519491231002X"_s},
                                    {u"P.r1.income"_s, u"30000.00"_s},
                                    {u"P.r1.pension"_s, u"1600.00"_s},
                                    {u"P.r1.medical"_s, u"400.00"_s},
                                    {u"P.r1.housing_fund"_s, u"1200.00"_s},
                                    {u"P.r1.child_education"_s, QString::number(2000 * month) + u".00"_s}};
            QJsonObject request{{u"period"_s, u"2025-0%1"_s.arg(month)}, {u"cells"_s, cells}};
            if (!previous.isEmpty())
                request.insert(u"previous"_s, previous);
            const ComputedReturn c = compute(u"iit-withholding"_s, request);
            QCOMPARE(c.cells.value(u"P.r1.due"_s).toString(), expected.at(month - 1));
            previous = c.toJson(false);
        }
    }

    void formulaLanguage_data()
    {
        QTest::addColumn<QString>("text");
        QTest::addColumn<QString>("result");
        QTest::newRow("precedence") << u"1 + 2 * 3"_s << u"7"_s;
        QTest::newRow("parentheses") << u"(1 + 2) * 3"_s << u"9"_s;
        QTest::newRow("left to right") << u"10 - 2 - 3"_s << u"5"_s;
        QTest::newRow("negation") << u"-2 * 3 + 1"_s << u"-5"_s;
        QTest::newRow("exact division") << u"1 / 3 * 3"_s << u"1"_s;
        QTest::newRow("round half up") << u"round(2.345)"_s << u"2.35"_s;
        QTest::newRow("round negative") << u"round(-2.345)"_s << u"-2.35"_s;
        QTest::newRow("min max") << u"max(0, min(5, 3, 4))"_s << u"3"_s;
        QTest::newRow("comparison") << u"2 <= 2"_s << u"1"_s;
        QTest::newRow("if is lazy") << u"if(1, 4, 1 / 0)"_s << u"4"_s;
        QTest::newRow("and short-circuits") << u"and(0, 1 / 0)"_s << u"0"_s;
    }
    void formulaLanguage()
    {
        QFETCH(QString, text);
        QFETCH(QString, result);
        auto formula = Formula::parse(text);
        QVERIFY(formula.has_value());
        const Formula::Context context{[](const QString &) -> Result<Decimal> { return fail(u"none"_s, u"none"_s); },
                                       [](const QString &, const QStringList &, const QList<Decimal> &) -> Result<Decimal> {
                                           return fail(u"none"_s, u"none"_s);
                                       }};
        auto value = formula->evaluate(context);
        QVERIFY2(value.has_value(), qPrintable(value ? QString() : value.error().message));
        QCOMPARE(value->toString(), result);
    }

    void formulaErrors()
    {
        for (const QString &bad : {u"1 +"_s, u"(1"_s, u"max(1,"_s, u"1 $ 2"_s, u"M1 M2"_s, QString(u'(').repeated(200) + u'1'})
            QVERIFY2(!Formula::parse(bad), qPrintable(bad));
        QVERIFY(!Formula::parse(QString(5000, u'1')));
        auto division = Formula::parse(u"1 / 0"_s);
        QVERIFY(division.has_value());
        QVERIFY(!division->evaluate(Formula::Context{nullptr, nullptr}));
        QCOMPARE(Formula::parse(u"M11 - M18 * (A + B)"_s)->display(), u"M11 − M18 × (A + B)"_s);
        QCOMPARE(Formula::parse(u"a - (b - c)"_s)->display(), u"a − (b − c)"_s);
        QCOMPARE(Formula::parse(u"a / b * c"_s)->display(), u"a ÷ b × c"_s);
    }

    void groupedAmounts()
    {
        QCOMPARE(groupedAmount(value(u"1234567.8"_s)), u"1,234,567.80"_s);
        QCOMPARE(groupedAmount(value(u"-1000"_s)), u"-1,000.00"_s);
        QCOMPARE(groupedAmount(value(u"999.995"_s)), u"1,000.00"_s);
        QCOMPARE(groupedAmount(value(u"0.07"_s), 6), u"0.070000"_s);
    }
};

QTEST_GUILESS_MAIN(TestFormEngine)
#include "TestFormEngine.moc"
