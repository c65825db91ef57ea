#pragma once

// GUI tests find the widgets they drive by object name; a missing one ends the test loudly.

#include <QObject>
#include <QString>

namespace taxbox::test {

template<typename T> T *find(QObject *parent, const QString &name)
{
    auto *object = parent->findChild<T *>(name);
    if (!object)
        qFatal("no child %s", qPrintable(name));
    return object;
}

} // namespace taxbox::test
