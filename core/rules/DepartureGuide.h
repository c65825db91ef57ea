#pragma once

#include "base/Result.h"
#include "rules/RulePack.h"

#include <QCoreApplication>
#include <QDate>
#include <QJsonObject>
#include <QString>
#include <QStringList>

#include <optional>

namespace taxbox::rules {

/// The departure-refund guide's texts as data in the refund pack cn-refund, so that a content pack from the square
/// rewords the guide without a new release:
/// - `departure.guide_texts` (by the traveller's departure date): `{"<step>": {"zh_CN": …, "en": …, "ja": …}}`, a
///   sentence replacing the built-in one of that step or document, with the same arguments (%1, %2);
/// - `departure.guide_notices`: `[{"zh_CN": …, "en": …, …}]`, notices shown under the steps.
/// Texts are in the traveller languages (languages()); a traveller whose language a text lacks reads the English, else
/// the Chinese. Every range of both rules is checked before a refund pack is put in force (RulePack::install).
class DepartureGuide
{
    Q_DECLARE_TR_FUNCTIONS(DepartureGuide)
public:
    /// The traveller languages: zh_CN, zh_TW, en, ja, ko, ru.
    [[nodiscard]] static const QStringList &languages();
    /// The steps and documents a pack may reword, in the guide's order.
    [[nodiscard]] static const QStringList &textKeys();
    /// How many arguments (%1 … %n) the sentence of `key` takes; -1 for a key the guide does not have.
    [[nodiscard]] static int argumentCount(const QString &key);

    /// The pack's sentence for `key` in force on `date`, in `language` (else English, else Chinese); nullopt when the
    /// pack does not reword it (the built-in sentence stands).
    [[nodiscard]] static std::optional<QString> text(const RulePack &pack, QDate date, const QString &key,
                                                     const QString &language);
    /// The text of `texts` ({"en": …, "ja": …}) for `language`, else English, else Chinese; empty when none.
    [[nodiscard]] static QString pick(const QJsonObject &texts, const QString &language);

    /// Every range of `departure.guide_texts` and `departure.guide_notices` of a cn-refund pack's JSON holds: known
    /// steps and languages, Chinese and English in every text, each argument of the step used and no other, at most
    /// kMaxText characters. The message names the step, the language and the rule.
    [[nodiscard]] static Result<void> check(const QByteArray &packBytes);

    static constexpr qsizetype kMaxText = 2000;
};

} // namespace taxbox::rules
