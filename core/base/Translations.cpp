#include "Translations.h"

#include <atomic>

#include <QCoreApplication>
#include <QLibraryInfo>
#include <QTranslator>

using namespace Qt::Literals::StringLiterals;

namespace taxbox {

QString languageCode(Language language)
{
    switch (language) {
    case Language::SimplifiedChinese:
        return u"zh_CN"_s;
    case Language::English:
        return u"en"_s;
    }
    return u"en"_s;
}

std::optional<Language> parseLanguage(QStringView code)
{
    const QString normalized = code.trimmed().toString().toLower().replace(u'-', u'_');
    if (normalized == u"zh_cn" || normalized == u"zh" || normalized == u"zh_hans" || normalized == u"zh_hans_cn")
        return Language::SimplifiedChinese;
    if (normalized == u"en" || normalized.startsWith(u"en_"))
        return Language::English;
    return std::nullopt;
}

Language languageForLocale(const QLocale &locale)
{
    return locale.language() == QLocale::Chinese ? Language::SimplifiedChinese : Language::English;
}

Language resolveLanguage(std::optional<Language> commandLine, const QString &savedSetting, const QLocale &system)
{
    if (commandLine)
        return *commandLine;
    if (const auto saved = parseLanguage(savedSetting))
        return *saved;
    return languageForLocale(system);
}

Translations::Translations() = default;

Translations::~Translations()
{
    uninstall();
}

void Translations::uninstall()
{
    if (m_taxbox)
        QCoreApplication::removeTranslator(m_taxbox.get());
    if (m_qt)
        QCoreApplication::removeTranslator(m_qt.get());
    m_taxbox.reset();
    m_qt.reset();
}

namespace {
std::atomic<Language> installedLanguage{Language::English};
}

Language Translations::interfaceLanguage()
{
    return installedLanguage.load();
}

bool Translations::install(Language language)
{
    uninstall();
    m_current = language;
    installedLanguage = language;
    if (language == Language::English)
        return true;

    const QString code = languageCode(language);
    auto own = std::make_unique<QTranslator>();
    // Catalogues are compiled into the binary (see translations/CMakeLists.txt).
    if (!own->load(u":/i18n/taxbox_"_s + code + u".qm"_s)) {
        m_current = Language::English;
        installedLanguage = Language::English;
        return false;
    }
    QCoreApplication::installTranslator(own.get());
    m_taxbox = std::move(own);

    // Qt's own strings (standard buttons, context menus). Optional: absent on a minimal system.
    auto qt = std::make_unique<QTranslator>();
    if (qt->load(u"qtbase_"_s + code, QLibraryInfo::path(QLibraryInfo::TranslationsPath))) {
        QCoreApplication::installTranslator(qt.get());
        m_qt = std::move(qt);
    }
    return true;
}

QString displayDate(QDate date)
{
    if (!date.isValid())
        return {};
    //: The date format of the interface (QDate::toString): Chinese "yyyy年M月d日".
    return date.toString(QCoreApplication::translate("Dates", "d MMM yyyy"));
}

QString displayDateTime(const QDateTime &at)
{
    if (!at.isValid())
        return {};
    const QDateTime local = at.toLocalTime();
    return displayDate(local.date()) + u' ' + local.time().toString(u"HH:mm"_s);
}

} // namespace taxbox
