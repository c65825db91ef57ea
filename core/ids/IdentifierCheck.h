#pragma once

#include "base/Result.h"

#include <QCoreApplication>
#include <QDate>
#include <QList>
#include <QString>

#include <optional>

namespace taxbox {

enum class IdentifierType {
    UnifiedSocialCreditCode, ///< 统一社会信用代码
    ResidentIdNumber, ///< 公民身份号码
    InvoiceNumber, ///< 数电票号码
};

/// "uscc", "resident_id", "invoice_number": the stable names used by the CLI.
[[nodiscard]] QString identifierTypeCode(IdentifierType type);
[[nodiscard]] std::optional<IdentifierType> parseIdentifierType(QStringView code);

/// One fact read from a valid identifier, e.g. the birth date of a resident identity number.
struct IdentifierDetail
{
    QString key; ///< stable snake_case name, e.g. "birth_date"
    QString label; ///< translated label
    QString value; ///< machine value, e.g. "female" or "1990-03-07"
    QString displayValue; ///< value as shown to people, translated where it is a word
};

/// The outcome of checking one identifier: its (given or recognised) type, and either the facts it
/// carries or the reason it is invalid.
struct IdentifierCheckResult
{
    IdentifierType type = IdentifierType::UnifiedSocialCreditCode;
    QString normalized;
    std::optional<Error> error;
    QList<IdentifierDetail> details;

    [[nodiscard]] bool isValid() const { return !error.has_value(); }
};

/// Checks codes typed or pasted by users when they do not say which kind of code it is.
class IdentifierCheck
{
    Q_DECLARE_TR_FUNCTIONS(IdentifierCheck)
public:
    /// Recognises the kind from the shape: 19+ digits → invoice number; 17 digits + digit/X
    /// starting with a province code → resident identity number; anything else → credit code.
    [[nodiscard]] static IdentifierType recognise(QStringView code);

    /// Validates `code` as `type`, or, without a type, as the recognised kind. An 18-character code
    /// shaped like both a resident number and a credit code is reported as whichever it is valid as.
    [[nodiscard]] static IdentifierCheckResult check(QStringView code, QDate today,
                                                     std::optional<IdentifierType> type = std::nullopt);
};

} // namespace taxbox
