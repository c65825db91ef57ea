#include "IdleWatcher.h"

#include <QCoreApplication>
#include <QEvent>

#include <algorithm>

namespace taxbox::ui {

IdleWatcher::IdleWatcher(QObject *parent)
    : QObject(parent)
{
    m_timer.setSingleShot(true);
    m_tick.setInterval(1000);
    connect(&m_timer, &QTimer::timeout, this, &IdleWatcher::beginCountdown);
    connect(&m_tick, &QTimer::timeout, this, &IdleWatcher::tick);
    QCoreApplication::instance()->installEventFilter(this);
}

IdleWatcher::~IdleWatcher()
{
    if (QCoreApplication::instance())
        QCoreApplication::instance()->removeEventFilter(this);
}

void IdleWatcher::setTimeout(std::chrono::milliseconds timeout)
{
    m_timeout = timeout;
    restart();
}

void IdleWatcher::stop()
{
    m_timer.stop();
    if (m_tick.isActive()) {
        m_tick.stop();
        Q_EMIT countdown(0);
    }
}

void IdleWatcher::restart()
{
    stop();
    if (m_timeout.count() <= 0)
        return;
    // The quiet part first; the warning (never longer than the whole timeout) is counted down after it.
    const auto warning = std::min<std::chrono::milliseconds>(m_warning, m_timeout);
    m_timer.setInterval(m_timeout - warning);
    m_timer.start();
}

void IdleWatcher::beginCountdown()
{
    m_left = static_cast<int>(
        std::chrono::duration_cast<std::chrono::seconds>(std::min<std::chrono::milliseconds>(m_warning, m_timeout)).count());
    if (m_left <= 0) {
        Q_EMIT idle();
        return;
    }
    Q_EMIT countdown(m_left);
    m_tick.start();
}

void IdleWatcher::tick()
{
    if (--m_left > 0) {
        Q_EMIT countdown(m_left);
        return;
    }
    m_tick.stop();
    Q_EMIT idle();
}

bool IdleWatcher::eventFilter(QObject *watched, QEvent *event)
{
    switch (event->type()) {
    case QEvent::KeyPress:
    case QEvent::MouseButtonPress:
    case QEvent::MouseMove:
    case QEvent::Wheel:
    case QEvent::TouchBegin:
        if (isActive())
            restart();
        break;
    default:
        break;
    }
    return QObject::eventFilter(watched, event);
}

} // namespace taxbox::ui
