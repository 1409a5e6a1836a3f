#pragma once

#include <QObject>

#include <chrono>

class QTimer;

namespace prognos {

/// Watches the whole application for user input (keys, mouse, wheel, touch) and says when
/// it has been idle for long: first a warning `warningTime` before the end, then
/// idleTimedOut() after `idleTime` without input. Any input cancels a pending warning and
/// starts the count again. Durations are injectable so that tests can use short ones.
class IdleWatcher : public QObject
{
    Q_OBJECT

public:
    /// Watches qApp (installs itself as an application event filter); starts disabled.
    explicit IdleWatcher(QObject *parent = nullptr);
    ~IdleWatcher() override;

    /// Time without input until idleTimedOut(), and how long before it the warning comes.
    /// An idle time of zero disables the watcher. Restarts the count.
    void setDurations(std::chrono::milliseconds idleTime, std::chrono::milliseconds warningTime);
    std::chrono::milliseconds idleTime() const { return m_idleTime; }
    std::chrono::milliseconds warningTime() const { return m_warningTime; }

    bool isEnabled() const { return m_idleTime.count() > 0; }
    bool isWarning() const { return m_warning; }

    /// Starts the count again, as input does.
    void restart();

signals:
    /// The time left before idleTimedOut() is `remaining`.
    void warningStarted(std::chrono::milliseconds remaining);
    /// Input came during the warning: nothing will be cleared.
    void warningCancelled();
    void idleTimedOut();

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    void startWarning();
    void finish();

    QTimer *m_warningTimer = nullptr;
    QTimer *m_finalTimer = nullptr;
    std::chrono::milliseconds m_idleTime{0};
    std::chrono::milliseconds m_warningTime{0};
    bool m_warning = false;
};

} // namespace prognos
