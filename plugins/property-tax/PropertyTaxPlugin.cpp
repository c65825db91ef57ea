#include "PropertyTaxPlugin.h"

#include <QComboBox>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QJsonArray>
#include <QJsonDocument>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QRegularExpression>
#include <QSpinBox>
#include <QVBoxLayout>

using namespace Qt::Literals::StringLiterals;

namespace {

/// Amounts are read and kept in fen (int64): money is never a double.
std::optional<qint64> parseFen(const QString &text)
{
    static const QRegularExpression form(u"^\\s*(\\d{1,12})(?:\\.(\\d{1,2}))?\\s*$"_s);
    const auto match = form.match(QString(text).remove(u','));
    if (!match.hasMatch())
        return std::nullopt;
    return match.captured(1).toLongLong() * 100 + match.captured(2).leftJustified(2, u'0').toLongLong();
}

QString yuan(qint64 fen)
{
    return u"%1.%2"_s.arg(fen / 100).arg(fen % 100, 2, 10, QChar(u'0'));
}

/// numerator / denominator rounded half up (四舍五入); both positive.
qint64 roundedDivision(qint64 numerator, qint64 denominator)
{
    return (numerator + denominator / 2) / denominator;
}

class PropertyTaxTool final : public QWidget
{
public:
    PropertyTaxTool(taxbox::sdk::Host &host, QWidget *parent)
        : QWidget(parent)
        , m_host(host)
    {
        const QJsonObject info = m_host.call(u"host.info"_s, {}).value(u"value"_s).toObject();
        m_chinese = info.value(u"language"_s).toString().startsWith(u"zh"_s);
        const QJsonObject read = m_host.call(u"package.read"_s, {{u"path"_s, u"rules/property-tax.json"_s}});
        m_rules = QJsonDocument::fromJson(read.value(u"value"_s).toObject().value(u"text"_s).toString().toUtf8()).object();

        auto *layout = new QVBoxLayout(this);
        auto *form = new QFormLayout;
        m_basis = new QComboBox(this);
        m_basis->setObjectName(u"basis"_s);
        m_basis->addItem(text(u"从价计征（按房产原值）"_s, u"On value (original cost)"_s), u"value"_s);
        m_basis->addItem(text(u"从租计征（按租金收入）"_s, u"On rent"_s), u"rent"_s);
        m_basis->addItem(text(u"城镇土地使用税（按占地面积）"_s, u"Urban land use tax (on area)"_s), u"land"_s);
        m_grade = new QComboBox(this);
        m_grade->setObjectName(u"grade"_s);
        m_grade->addItem(text(u"大城市"_s, u"Large city"_s), u"large_city"_s);
        m_grade->addItem(text(u"中等城市"_s, u"Medium city"_s), u"medium_city"_s);
        m_grade->addItem(text(u"小城市"_s, u"Small city"_s), u"small_city"_s);
        m_grade->addItem(text(u"县城、建制镇、工矿区"_s, u"County town, town, mining area"_s), u"county_town"_s);
        m_landRate = new QLineEdit(this);
        m_landRate->setObjectName(u"landRate"_s);
        m_amount = new QLineEdit(this);
        m_amount->setObjectName(u"amount"_s);
        m_deduction = new QSpinBox(this);
        m_deduction->setObjectName(u"deduction"_s);
        const QJsonObject property = m_rules.value(u"property"_s).toObject();
        m_deduction->setRange(property.value(u"deduction_percent_min"_s).toInt(10),
                              property.value(u"deduction_percent_max"_s).toInt(30));
        m_deduction->setSuffix(u" %"_s);
        m_deduction->setValue(property.value(u"deduction_percent_default"_s).toInt(30));
        form->addRow(text(u"计税方式"_s, u"Basis"_s), m_basis);
        form->addRow(
            text(u"房产原值、年租金（元）或占地面积（平方米）"_s, u"Original value, yearly rent (yuan) or land area (m²)"_s),
            m_amount);
        form->addRow(text(u"扣除比例"_s, u"Deduction"_s), m_deduction);
        form->addRow(text(u"土地等级"_s, u"Land grade"_s), m_grade);
        form->addRow(text(u"当地每平方米年税额（元）"_s, u"Local yearly tax per m² (yuan)"_s), m_landRate);
        layout->addLayout(form);
        m_enterprise = new QLabel(this);
        m_enterprise->setObjectName(u"enterprise"_s);
        m_enterprise->setWordWrap(true);
        layout->addWidget(m_enterprise);
        auto *calculate = new QPushButton(text(u"计算"_s, u"Calculate"_s), this);
        calculate->setObjectName(u"calculate"_s);
        auto *save = new QPushButton(text(u"导出结果…"_s, u"Export…"_s), this);
        save->setObjectName(u"save"_s);
        auto *buttons = new QHBoxLayout;
        buttons->addWidget(calculate);
        buttons->addWidget(save);
        buttons->addStretch(1);
        layout->addLayout(buttons);
        m_result = new QLabel(this);
        m_result->setObjectName(u"result"_s);
        m_result->setWordWrap(true);
        m_result->setTextInteractionFlags(Qt::TextSelectableByMouse);
        layout->addWidget(m_result);
        layout->addStretch(1);
        connect(calculate, &QPushButton::clicked, this, [this] { calculateTax(); });
        connect(save, &QPushButton::clicked, this, [this] { exportResult(); });
        connect(m_basis, &QComboBox::currentIndexChanged, this, [this] { showBasis(); });
        showBasis();
        showEnterprise();
    }

protected:
    void showEvent(QShowEvent *event) override
    {
        showEnterprise(); // the enterprise open now, which may have changed since the tool was made
        QWidget::showEvent(event);
    }

private:
    QString text(const QString &zh, const QString &en) const { return m_chinese ? zh : en; }

    void showBasis()
    {
        const QString basis = m_basis->currentData().toString();
        m_deduction->setEnabled(basis == u"value");
        m_grade->setEnabled(basis == u"land");
        m_landRate->setEnabled(basis == u"land");
    }

    void calculateLandTax(qint64 areaCentiMetres)
    {
        // 年应纳税额 = 实际占用的土地面积 × 适用税额; the local amount must lie within the grade's statutory band
        // (城镇土地使用税暂行条例 第四条).
        const QJsonArray band = m_rules.value(u"land"_s)
                                    .toObject()
                                    .value(u"bands_fen_per_square_metre"_s)
                                    .toObject()
                                    .value(m_grade->currentData().toString())
                                    .toArray();
        const auto rate = parseFen(m_landRate->text());
        const qint64 low = band.at(0).toInteger();
        const qint64 high = band.at(1).toInteger();
        if (!rate || *rate < low || *rate > high) {
            m_result->setText(
                text(u"当地每平方米年税额：%1的幅度为 %2 至 %3 元。"_s, u"Local yearly tax per m²: for %1 it is %2 to %3 yuan."_s)
                    .arg(m_grade->currentText(), yuan(low), yuan(high)));
            m_tax.reset();
            return;
        }
        m_tax = roundedDivision(areaCentiMetres * *rate, 100);
        m_result->setText(
            text(u"年应纳城镇土地使用税 = %1 平方米 × %2 元 = %3 元"_s, u"Yearly land use tax = %1 m² × %2 yuan = %3 yuan"_s)
                .arg(yuan(areaCentiMetres), yuan(*rate), yuan(*m_tax)));
    }

    static QString errorOf(const QJsonObject &answer)
    {
        return answer.value(u"error"_s).toObject().value(u"message"_s).toString();
    }

    void showEnterprise()
    {
        // The province's deduction when the person let us read the enterprise; otherwise the default, and why.
        const QJsonObject answer = m_host.call(u"enterprise.profile"_s, {});
        if (answer.contains(u"error"_s)) {
            m_enterprise->setText(errorOf(answer));
            return;
        }
        const QJsonObject profile = answer.value(u"value"_s).toObject();
        const QString province = profile.value(u"region"_s).toString().left(2);
        const QJsonObject byProvince
            = m_rules.value(u"property"_s).toObject().value(u"deduction_percent_by_province"_s).toObject();
        if (byProvince.contains(province))
            m_deduction->setValue(byProvince.value(province).toInt());
        m_enterprise->setText(text(u"%1（%2）：本省扣除比例 %3%"_s, u"%1 (%2): the province's deduction %3%"_s)
                                  .arg(profile.value(u"name"_s).toString(), profile.value(u"credit_code"_s).toString())
                                  .arg(m_deduction->value()));
    }

    void calculateTax()
    {
        const auto amount = parseFen(m_amount->text());
        if (!amount || *amount > 1'000'000'000'000LL) {
            m_result->setText(text(u"房产原值、年租金或占地面积：请输入不超过 100 亿、最多两位小数的数。"_s,
                                   u"Original value, yearly rent or land area: up to 10 billion with at most two decimals."_s));
            m_tax.reset();
            return;
        }
        const QJsonObject property = m_rules.value(u"property"_s).toObject();
        if (m_basis->currentData().toString() == u"land") {
            calculateLandTax(*amount); // the area, in hundredths of a square metre as amounts are in fen
            return;
        }
        if (m_basis->currentData().toString() == u"value") {
            // 应纳税额 = 房产原值 × (1 − 扣除比例) × 1.2%, rounded once, at the end.
            const qint64 perMille = property.value(u"ad_valorem_rate_per_mille"_s).toInt();
            m_tax = roundedDivision(*amount * (100 - m_deduction->value()) * perMille, 100 * 1000);
            m_result->setText(
                text(u"年应纳房产税 = %1 × (1 − %2%) × %3‰ = %4 元"_s, u"Yearly property tax = %1 × (1 − %2%) × %3‰ = %4 yuan"_s)
                    .arg(yuan(*amount))
                    .arg(m_deduction->value())
                    .arg(perMille)
                    .arg(yuan(*m_tax)));
        } else {
            const qint64 perMille = property.value(u"rental_rate_per_mille"_s).toInt();
            m_tax = roundedDivision(*amount * perMille, 1000);
            m_result->setText(text(u"年应纳房产税 = %1 × %2‰ = %3 元"_s, u"Yearly property tax = %1 × %2‰ = %3 yuan"_s)
                                  .arg(yuan(*amount))
                                  .arg(perMille)
                                  .arg(yuan(*m_tax)));
        }
    }

    void exportResult()
    {
        if (!m_tax)
            calculateTax();
        if (!m_tax)
            return;
        const QJsonObject answer
            = m_host.call(u"files.save"_s, {{u"name"_s, u"房产税.txt"_s}, {u"text"_s, m_result->text() + u'\n'}});
        if (answer.contains(u"error"_s))
            m_result->setText(m_result->text() + u'\n' + errorOf(answer));
    }

    taxbox::sdk::Host &m_host;
    bool m_chinese = true;
    QJsonObject m_rules;
    QComboBox *m_basis;
    QLineEdit *m_amount;
    QSpinBox *m_deduction;
    QComboBox *m_grade;
    QLineEdit *m_landRate;
    QLabel *m_enterprise;
    QLabel *m_result;
    std::optional<qint64> m_tax;
};

} // namespace

QWidget *PropertyTaxPlugin::createTool(taxbox::sdk::Host &host, QWidget *parent)
{
    return new PropertyTaxTool(host, parent);
}
