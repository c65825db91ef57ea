#pragma once

#include "base/Result.h"
#include "rules/RulePack.h"

#include <QCoreApplication>
#include <QDate>
#include <QHash>
#include <QJsonValue>
#include <QList>
#include <QString>

namespace taxbox::rules {

/// The printed 数电票 as data (rule `invoice.form` of the print pack cn-print, by the invoice's issue date): its
/// titles, labels, date format, ink and item columns. The geometry of the frame stays in print/InvoiceLayout (the
/// tax bureau's 210 × 140 mm form); what the bureau changes by announcement — wording, columns and their widths —
/// comes with a content pack.
struct InvoiceFormTemplate
{
    struct Column
    {
        QString field; ///< name, specification, unit, quantity, unit_price, amount, rate, tax
        QString label;
        int width = 0; ///< tenths of a millimetre; the widths fill the frame's 1,980
    };
    QString titleSpecial;
    QString titleOrdinary;
    QString dateFormat; ///< Qt date format with yyyy, MM and dd
    QString ink; ///< #rrggbb of the printed lines and labels
    QHash<QString, QString> labels; ///< every key of labelKeys()
    QList<Column> columns;

    [[nodiscard]] QString label(const QString &key) const { return labels.value(key); }
    /// The column showing `field`, or -1.
    [[nodiscard]] int columnOf(const QString &field) const;
};

/// The printed refund application (rule `refund_application.print`, by the day it is printed): table titles by
/// table id and the page label ("第 %1 页，共 %2 页").
struct RefundApplicationTemplate
{
    QHash<QString, QString> titles;
    QString pageLabel;
};

/// The print pack cn-print: the templates of the printouts that are not filing returns (returns are laid out by
/// the filing pack). Every template of every date range is checked before a pack is put in force.
class PrintTemplates
{
    Q_DECLARE_TR_FUNCTIONS(PrintTemplates)
public:
    static constexpr int kFrameWidth = 1980; ///< the invoice frame's inner width in tenths of a millimetre
    [[nodiscard]] static QStringList labelKeys();
    [[nodiscard]] static QStringList columnFields();
    [[nodiscard]] static QStringList refundTableIds();

    [[nodiscard]] static Result<InvoiceFormTemplate> invoiceForm(const QJsonValue &value);
    [[nodiscard]] static Result<RefundApplicationTemplate> refundApplication(const QJsonValue &value);
    /// The templates in force on `date` in the cn-print pack in force.
    [[nodiscard]] static Result<InvoiceFormTemplate> invoiceFormOn(QDate issued);
    [[nodiscard]] static Result<RefundApplicationTemplate> refundApplicationOn(QDate printed);
    /// Every template of every range of a cn-print pack's JSON (already verified) parses and holds. RulePack::install
    /// runs it on every cn-print pack, however the pack arrives (a content pack, the sync).
    [[nodiscard]] static Result<void> check(const QByteArray &packBytes);
};

} // namespace taxbox::rules
