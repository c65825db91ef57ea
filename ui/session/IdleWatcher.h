#pragma once

#include <QObject>
#include <QTimer>

#include <chrono>

namespace taxbox::ui {

/// Emits idle() after `timeout` without keyboard or mouse input anywhere in the application (an event
/// filter on the QApplication). A timeout of zero disables it. With a warning period, the last
/// `warning` seconds are counted down aloud (countdown(secondsLeft) each second) so a person still at
/// the screen sees it coming; any input cancels it (countdown(0)) and starts counting again.
class IdleWatcher : public QObject
{
    Q_OBJECT
public:
    explicit IdleWatcher(QObject *parent = nullptr);
    ~IdleWatcher() override;

    void setTimeout(std::chrono::milliseconds timeout);
    [[nodiscard]] std::chrono::milliseconds timeout() const { return m_timeout; }
    /// The countdown before idle(); zero (the default) for none.
    void setWarning(std::chrono::seconds warning) { m_warning = warning; }
    [[nodiscard]] bool isActive() const { return m_timer.isActive() || m_tick.isActive(); }
    [[nodiscard]] bool isCountingDown() const { return m_tick.isActive(); }
    /// Starts counting again (also done by every input event).
    void restart();
    void stop();

Q_SIGNALS:
    void idle();
    /// Seconds left before idle(); 0 when input cancelled the countdown.
    void countdown(int secondsLeft);

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    void beginCountdown();
    void tick();

    std::chrono::milliseconds m_timeout{0};
    std::chrono::seconds m_warning{0};
    QTimer m_timer; ///< until the countdown (or idle, without one)
    QTimer m_tick; ///< one second of the countdown
    int m_left = 0;
};

} // namespace taxbox::ui
