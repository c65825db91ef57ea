#pragma once

// Runs the real taxbox-cli (TAXBOX_CLI, defined by each CLI test target) and captures what it did.

#include <QJsonDocument>
#include <QJsonObject>
#include <QMap>
#include <QProcess>

struct Run
{
    int exitCode = -1;
    QByteArray out;
    QByteArray err;

    [[nodiscard]] QJsonObject outJson() const { return QJsonDocument::fromJson(out).object(); }
    /// The error document on standard error (warnings may come before it, one JSON object a line).
    [[nodiscard]] QJsonObject errorJson() const
    {
        const QJsonObject whole = QJsonDocument::fromJson(err).object();
        if (whole.contains(QStringLiteral("error")))
            return whole.value(QStringLiteral("error")).toObject();
        for (const QByteArray &line : err.split('\n')) {
            const QJsonObject object = QJsonDocument::fromJson(line).object();
            if (object.contains(QStringLiteral("error")))
                return object.value(QStringLiteral("error")).toObject();
        }
        return {};
    }
};

/// taxbox-cli `arguments` with `input` on standard input, in the locale `lang`, with no inherited
/// TAXBOX_* variable and `environment` added (secrets travel only there or on standard input).
inline Run runCli(const QStringList &arguments, const QByteArray &input = {}, const QString &lang = QStringLiteral("C.UTF-8"),
                  const QMap<QString, QByteArray> &environment = {})
{
    QProcess process;
    QProcessEnvironment variables = QProcessEnvironment::systemEnvironment();
    for (const QString &key : variables.keys()) {
        if (key.startsWith(QStringLiteral("TAXBOX_")))
            variables.remove(key);
    }
    variables.insert(QStringLiteral("LANG"), lang);
    variables.insert(QStringLiteral("LC_ALL"), lang);
    variables.remove(QStringLiteral("LANGUAGE"));
    for (auto it = environment.cbegin(); it != environment.cend(); ++it)
        variables.insert(it.key(), QString::fromUtf8(it.value()));
    process.setProcessEnvironment(variables);
    process.start(QStringLiteral(TAXBOX_CLI), arguments);
    if (!process.waitForStarted())
        qFatal("cannot start %s", TAXBOX_CLI);
    process.write(input);
    process.closeWriteChannel();
    process.waitForFinished(120000);
    return {process.exitStatus() == QProcess::NormalExit ? process.exitCode() : -1, process.readAllStandardOutput(),
            process.readAllStandardError()};
}
