#pragma once

#include <QDate>
#include <QDateTime>

#include <QLocale>
#include <QString>

#include <memory>
#include <optional>

class QCoreApplication;
class QTranslator;

namespace taxbox {

/// A user-interface language Taxbox ships. Chinese is the primary audience; English is the source.
enum class Language {
    SimplifiedChinese,
    English,
};

/// "zh_CN" or "en": the code used by `--lang`, settings and the translation file names.
[[nodiscard]] QString languageCode(Language language);

/// Accepts "zh_CN", "zh-CN", "zh", "en", "en_US"… (case-insensitive); nullopt for anything else.
[[nodiscard]] std::optional<Language> parseLanguage(QStringView code);

/// The language for a system locale: any Chinese locale gets Simplified Chinese, all others English.
[[nodiscard]] Language languageForLocale(const QLocale &locale);

/// The language to start in: the command line (`--lang`) wins, then the saved setting ("zh_CN",
/// "en"; empty means "follow the system"), then the system locale.
[[nodiscard]] Language resolveLanguage(std::optional<Language> commandLine, const QString &savedSetting, const QLocale &system);

/// Owns the translators installed into the application (Taxbox's own and Qt's) and swaps them when
/// the language changes; Qt then sends QEvent::LanguageChange to every widget.
class Translations
{
public:
    Translations();
    ~Translations();
    Translations(const Translations &) = delete;
    Translations &operator=(const Translations &) = delete;

    /// Installs the translators for `language`, replacing any installed before. English needs none.
    /// Returns false when Taxbox's own catalogue for a non-source language could not be loaded.
    [[nodiscard]] bool install(Language language);

    [[nodiscard]] Language current() const { return m_current; }
    /// The language last installed by any Translations (English before any): for texts that come
    /// with data in both languages (rule and filing packs) rather than through tr().
    [[nodiscard]] static Language interfaceLanguage();

private:
    void uninstall();

    Language m_current = Language::English;
    std::unique_ptr<QTranslator> m_taxbox;
    std::unique_ptr<QTranslator> m_qt;
};

/// A date as a person reads it in the interface language: 2026年12月1日 in Chinese, 1 Dec 2026 in English.
/// (Files, forms and invoices keep their own fixed formats.)
[[nodiscard]] QString displayDate(QDate date);
/// The same with the local time of day: 2026年12月1日 14:05.
[[nodiscard]] QString displayDateTime(const QDateTime &at);

} // namespace taxbox
