#pragma once

#include <QObject>
#include <QTimer>

namespace taxbox::ui {

/// Emits idle() after `timeout` without keyboard or mouse input anywhere in the application (an event
/// filter on the QApplication). A timeout of zero disables it.
class IdleWatcher : public QObject
{
    Q_OBJECT
public:
    explicit IdleWatcher(QObject *parent = nullptr);
    ~IdleWatcher() override;

    void setTimeout(std::chrono::milliseconds timeout);
    [[nodiscard]] std::chrono::milliseconds timeout() const { return m_timer.intervalAsDuration(); }
    [[nodiscard]] bool isActive() const { return m_timer.isActive(); }
    /// Starts counting again (also done by every input event).
    void restart();
    void stop() { m_timer.stop(); }

Q_SIGNALS:
    void idle();

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    QTimer m_timer;
};

} // namespace taxbox::ui
