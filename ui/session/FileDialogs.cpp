#include "FileDialogs.h"

#include <QDir>
#include <QFileInfo>
#include <QUrl>

namespace taxbox::ui {

namespace {
QString &allowed()
{
    static QString folder;
    return folder;
}

QString resolved(const QString &path)
{
    const QFileInfo info(path);
    const QString canonical = info.canonicalFilePath();
    if (!canonical.isEmpty())
        return canonical;
    // Not there yet (a file to be saved): resolve its folder.
    const QString folder = info.absoluteDir().canonicalPath();
    return folder.isEmpty() ? QDir::cleanPath(info.absoluteFilePath()) : folder + QLatin1Char('/') + info.fileName();
}
} // namespace

void FileDialogs::setAllowedFolder(const QString &folder)
{
    allowed() = folder.isEmpty() ? QString() : resolved(folder);
}

QString FileDialogs::allowedFolder()
{
    return allowed();
}

bool FileDialogs::isAllowed(const QString &path)
{
    if (allowed().isEmpty())
        return true;
    const QString candidate = resolved(path);
    return candidate == allowed() || candidate.startsWith(allowed() + QLatin1Char('/'));
}

QFileDialog *FileDialogs::create(QWidget *parent, const QString &caption, const QString &directory)
{
    auto *dialog = new QFileDialog(parent, caption, directory);
    if (!allowed().isEmpty()) {
        dialog->setOption(QFileDialog::DontUseNativeDialog);
        dialog->setDirectory(isAllowed(directory) ? directory : allowed());
        dialog->setSidebarUrls({QUrl::fromLocalFile(allowed())});
        dialog->setHistory({});
        QObject::connect(dialog, &QFileDialog::directoryEntered, dialog, [dialog](const QString &entered) {
            if (!isAllowed(entered))
                dialog->setDirectory(allowed());
        });
    }
    return dialog;
}

QString FileDialogs::existingDirectory(QWidget *parent, const QString &caption, const QString &directory)
{
    std::unique_ptr<QFileDialog> dialog(create(parent, caption, directory));
    dialog->setFileMode(QFileDialog::Directory);
    dialog->setOption(QFileDialog::ShowDirsOnly);
    if (dialog->exec() != QDialog::Accepted || dialog->selectedFiles().isEmpty())
        return {};
    const QString chosen = dialog->selectedFiles().constFirst();
    return isAllowed(chosen) ? chosen : QString();
}

QString FileDialogs::openFileName(QWidget *parent, const QString &caption, const QString &directory, const QString &filter)
{
    std::unique_ptr<QFileDialog> dialog(create(parent, caption, directory));
    dialog->setFileMode(QFileDialog::ExistingFile);
    dialog->setNameFilter(filter);
    if (dialog->exec() != QDialog::Accepted || dialog->selectedFiles().isEmpty())
        return {};
    const QString chosen = dialog->selectedFiles().constFirst();
    return isAllowed(chosen) ? chosen : QString();
}

QString FileDialogs::saveFileName(QWidget *parent, const QString &caption, const QString &path, const QString &filter)
{
    std::unique_ptr<QFileDialog> dialog(create(parent, caption, path));
    dialog->setAcceptMode(QFileDialog::AcceptSave);
    dialog->setNameFilter(filter);
    if (dialog->exec() != QDialog::Accepted || dialog->selectedFiles().isEmpty())
        return {};
    const QString chosen = dialog->selectedFiles().constFirst();
    return isAllowed(chosen) ? chosen : QString();
}

} // namespace taxbox::ui
