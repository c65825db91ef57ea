#include "PluginPages.h"

#include <QDir>
#include <QEvent>
#include <QFile>
#include <QLabel>
#include <QLocale>
#include <QMimeDatabase>
#include <QPluginLoader>
#include <QVBoxLayout>
#include <QWebChannel>
#include <QWebEnginePage>
#include <QWebEngineProfile>
#include <QWebEngineSettings>
#include <QWebEngineUrlRequestInterceptor>
#include <QWebEngineUrlRequestJob>
#include <QWebEngineUrlScheme>
#include <QWebEngineUrlSchemeHandler>
#include <QWebEngineView>

using namespace Qt::Literals::StringLiterals;

namespace taxbox::ui {

namespace {

constexpr char kScheme[] = "taxbox-plugin";

QString language()
{
    return QLocale().name();
}

/// Serves a web plugin's files: only those its manifest lists (verified at start), read from its installed folder,
/// plus QWebChannel's script; anything else is "not found".
class PackageSchemeHandler final : public QWebEngineUrlSchemeHandler
{
public:
    PackageSchemeHandler(square::InstalledPlugin plugin, QObject *parent)
        : QWebEngineUrlSchemeHandler(parent)
        , m_plugin(std::move(plugin))
    { }
    void requestStarted(QWebEngineUrlRequestJob *job) override
    {
        const QUrl url = job->requestUrl();
        if (url.host() != WebPluginPage::hostOf(m_plugin.manifest.id) || job->requestMethod() != "GET") {
            job->fail(QWebEngineUrlRequestJob::RequestDenied);
            return;
        }
        const QString path = url.path().mid(1);
        QString file;
        if (path == u"_taxbox/qwebchannel.js")
            file = u":/qtwebchannel/qwebchannel.js"_s;
        else if (m_plugin.manifest.files.contains(path))
            file = QDir(m_plugin.directory).filePath(u"files/"_s + path);
        auto *device = new QFile(file, job);
        if (file.isEmpty() || !device->open(QIODevice::ReadOnly)) {
            job->fail(QWebEngineUrlRequestJob::UrlNotFound);
            return;
        }
        job->reply(QMimeDatabase().mimeTypeForFile(path, QMimeDatabase::MatchExtension).name().toUtf8(), device);
    }

private:
    square::InstalledPlugin m_plugin;
};

/// Every request the page makes: its own files, and https:// to the hosts it was granted; nothing else.
class NetworkGuard final : public QWebEngineUrlRequestInterceptor
{
public:
    NetworkGuard(QString host, QStringList allowedHosts, QStringList *blocked, QObject *parent)
        : QWebEngineUrlRequestInterceptor(parent)
        , m_host(std::move(host))
        , m_allowedHosts(std::move(allowedHosts))
        , m_blocked(blocked)
    { }
    void interceptRequest(QWebEngineUrlRequestInfo &info) override
    {
        const QUrl url = info.requestUrl();
        const bool own = url.scheme() == QLatin1String(kScheme) && url.host() == m_host;
        const bool granted = url.scheme() == u"https" && m_allowedHosts.contains(url.host().toLower());
        if (own || granted || url.scheme() == u"data")
            return;
        info.block(true);
        // Called on the UI thread since Qt 6 (interceptRequest runs there for a profile's interceptor).
        m_blocked->append(url.toString(QUrl::RemoveUserInfo | QUrl::RemoveQuery));
    }

private:
    QString m_host;
    QStringList m_allowedHosts;
    QStringList *m_blocked;
};

/// A page that goes nowhere else: links out of the package are not followed, and it opens no windows.
class PluginWebPage final : public QWebEnginePage
{
public:
    PluginWebPage(QWebEngineProfile *profile, QString host, QObject *parent)
        : QWebEnginePage(profile, parent)
        , m_host(std::move(host))
    { }

protected:
    bool acceptNavigationRequest(const QUrl &url, NavigationType, bool) override
    {
        return url.scheme() == QLatin1String(kScheme) && url.host() == m_host;
    }
    QWebEnginePage *createWindow(WebWindowType) override { return nullptr; }

private:
    QString m_host;
};

} // namespace

void registerPluginScheme()
{
    QWebEngineUrlScheme scheme(kScheme);
    scheme.setSyntax(QWebEngineUrlScheme::Syntax::Host);
    // Secure (a page may use what browsers keep for https), never local: a plugin page reads no file:// path.
    scheme.setFlags(QWebEngineUrlScheme::SecureScheme | QWebEngineUrlScheme::CorsEnabled);
    QWebEngineUrlScheme::registerScheme(scheme);
}

PluginPage::PluginPage(const square::InstalledPlugin &plugin, const PluginServices &services, QWidget *parent)
    : ToolPage(parent)
    , m_bridge(new PluginBridge(plugin, services, this))
    , m_denied(new QLabel(this))
{
    setObjectName(u"plugin_"_s + plugin.manifest.id);
    m_denied->setObjectName(u"deniedLabel"_s);
    m_denied->setWordWrap(true);
    m_denied->setStyleSheet(u"color: #b3261e;"_s);
    m_denied->hide();
    contentLayout()->addWidget(m_denied);
    expandContent();
    connect(m_bridge, &PluginBridge::denied, this, [this](const QString &method, const QString &permission) {
        m_denied->setText(tr("This plugin asked for something you did not grant (%1: %2). Grant it in the app square if "
                             "you want it to.")
                              .arg(method, square::permissionLabel(permission)));
        m_denied->show();
    });
    retranslateHeading();
}

QString PluginPage::title() const
{
    return plugin().manifest.displayName(language());
}

QString PluginPage::description() const
{
    const auto &description = plugin().manifest.description;
    const QString text = description.value(language().startsWith(u"zh"_s) ? u"zh_CN"_s : u"en"_s);
    return text.isEmpty() ? tr("A plugin from %1.").arg(plugin().manifest.publisherName) : text;
}

QChar PluginPage::glyph() const
{
    const QString name = plugin().manifest.name.value(u"zh_CN"_s);
    return name.isEmpty() ? QChar(u'插') : name.front();
}

QColor PluginPage::accent() const
{
    return QColor(0x5D, 0x40, 0x37);
}

void PluginPage::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslateHeading();
    ToolPage::changeEvent(event);
}

// ---------------------------------------------------------------------------------------------------

NativePluginPage::NativePluginPage(const square::InstalledPlugin &plugin, const PluginServices &services, QWidget *parent)
    : PluginPage(plugin, services, parent)
{ }

NativePluginPage::~NativePluginPage()
{
    // The tool's widgets come from the library: they go before it may be unloaded (it is not: Qt keeps plugin
    // libraries loaded until the process ends, so a widget's code never disappears under it).
    qDeleteAll(findChildren<QWidget *>(Qt::FindDirectChildrenOnly));
}

Result<NativePluginPage *> NativePluginPage::load(const square::InstalledPlugin &plugin, const PluginServices &services,
                                                  QWidget *parent)
{
    const QString library = plugin.manifest.nativeLibraries.value(square::PackageManifest::currentPlatform());
    if (library.isEmpty())
        return fail(u"plugin_platform"_s,
                    tr("%1 has no library for this computer (%2).")
                        .arg(plugin.manifest.displayName(language()), square::PackageManifest::currentPlatform()),
                    u"plugin"_s);
    auto *loader = new QPluginLoader(QDir(plugin.directory).filePath(u"files/"_s + library));
    const QJsonObject metadata = loader->metaData();
    if (metadata.value(u"IID"_s).toString() != QLatin1String(TaxboxToolPlugin_iid)) {
        const QString reason = metadata.isEmpty() ? loader->errorString() : metadata.value(u"IID"_s).toString();
        delete loader;
        return fail(u"plugin_unusable"_s,
                    tr("%1 is not a Taxbox plugin of API %2: %3.")
                        .arg(plugin.manifest.displayName(language()))
                        .arg(sdk::kApiVersion)
                        .arg(reason),
                    u"plugin"_s);
    }
    auto *tool = qobject_cast<sdk::ToolPlugin *>(loader->instance());
    if (!tool) {
        const QString reason = loader->errorString();
        delete loader;
        return fail(u"plugin_unusable"_s, tr("%1 could not be loaded: %2.").arg(plugin.manifest.displayName(language()), reason),
                    u"plugin"_s);
    }
    auto *page = new NativePluginPage(plugin, services, parent);
    page->m_loader = loader;
    loader->setParent(page);
    QWidget *widget = tool->createTool(page->bridge(), page);
    if (!widget) {
        delete page;
        return fail(u"plugin_unusable"_s, tr("%1 made no tool.").arg(plugin.manifest.displayName(language())), u"plugin"_s);
    }
    page->contentLayout()->addWidget(widget, 1);
    return page;
}

// ---------------------------------------------------------------------------------------------------

QString WebPluginPage::hostOf(const QString &pluginId)
{
    return pluginId.toLower();
}

WebPluginPage::WebPluginPage(const square::InstalledPlugin &plugin, const PluginServices &services, QWidget *parent)
    : PluginPage(plugin, services, parent)
    , m_profile(new QWebEngineProfile(this)) // no storage name: off the record, nothing kept on disk
    , m_view(new QWebEngineView(this))
{
    QStringList hosts;
    for (const QString &permission : plugin.granted) {
        if (permission.startsWith(u"network:"_s) && plugin.state == u"ok")
            hosts.append(permission.mid(8).toLower());
    }
    m_profile->setHttpCacheType(QWebEngineProfile::MemoryHttpCache);
    m_profile->setPersistentCookiesPolicy(QWebEngineProfile::NoPersistentCookies);
    m_profile->setUrlRequestInterceptor(new NetworkGuard(hostOf(plugin.manifest.id), hosts, &m_blocked, m_profile));
    m_profile->installUrlSchemeHandler(kScheme, new PackageSchemeHandler(plugin, m_profile));
    auto *page = new PluginWebPage(m_profile, hostOf(plugin.manifest.id), m_view);
    QWebEngineSettings *settings = page->settings();
    settings->setAttribute(QWebEngineSettings::LocalContentCanAccessRemoteUrls, false);
    settings->setAttribute(QWebEngineSettings::LocalContentCanAccessFileUrls, false);
    settings->setAttribute(QWebEngineSettings::JavascriptCanOpenWindows, false);
    settings->setAttribute(QWebEngineSettings::PluginsEnabled, false);
    auto *channel = new QWebChannel(page);
    channel->registerObject(u"taxbox"_s, &bridge());
    page->setWebChannel(channel);
    m_view->setPage(page);
    contentLayout()->addWidget(m_view, 1);
    m_view->load(QUrl(QString::fromLatin1(kScheme) + u"://"_s + hostOf(plugin.manifest.id) + u'/' + plugin.manifest.entry));
}

WebPluginPage::~WebPluginPage()
{
    // The page before its profile (QtWebEngine warns of a profile released while a page still uses it), and both
    // before the list the profile's guard writes to.
    delete m_view;
    delete m_profile;
}

} // namespace taxbox::ui
