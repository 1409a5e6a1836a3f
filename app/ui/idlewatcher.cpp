#include "idlewatcher.h"

#include <QCoreApplication>
#include <QEvent>
#include <QTimer>

#include <algorithm>

namespace prognos {

namespace {

bool isUserInput(QEvent::Type type)
{
    switch (type) {
    case QEvent::KeyPress:
    case QEvent::MouseButtonPress:
    case QEvent::MouseButtonDblClick:
    case QEvent::MouseMove:
    case QEvent::Wheel:
    case QEvent::TouchBegin:
    case QEvent::TabletPress:
        return true;
    default:
        return false;
    }
}

} // namespace

IdleWatcher::IdleWatcher(QObject *parent)
    : QObject(parent)
    , m_warningTimer(new QTimer(this))
    , m_finalTimer(new QTimer(this))
{
    m_warningTimer->setSingleShot(true);
    m_finalTimer->setSingleShot(true);
    connect(m_warningTimer, &QTimer::timeout, this, &IdleWatcher::startWarning);
    connect(m_finalTimer, &QTimer::timeout, this, &IdleWatcher::finish);
    QCoreApplication::instance()->installEventFilter(this);
}

IdleWatcher::~IdleWatcher()
{
    if (QCoreApplication *app = QCoreApplication::instance())
        app->removeEventFilter(this);
}

void IdleWatcher::setDurations(std::chrono::milliseconds idleTime,
                               std::chrono::milliseconds warningTime)
{
    m_idleTime = std::max(idleTime, std::chrono::milliseconds(0));
    m_warningTime = std::clamp(warningTime, std::chrono::milliseconds(0), m_idleTime);
    restart();
}

void IdleWatcher::restart()
{
    m_finalTimer->stop();
    if (m_warning) {
        m_warning = false;
        emit warningCancelled();
    }
    if (!isEnabled()) {
        m_warningTimer->stop();
        return;
    }
    m_warningTimer->start(m_idleTime - m_warningTime);
}

bool IdleWatcher::eventFilter(QObject *watched, QEvent *event)
{
    // Every widget an event passes through calls the filter again; one restart is enough.
    if (isEnabled() && isUserInput(event->type()) &&
        (m_warning || m_warningTimer->remainingTimeAsDuration() <
                          m_idleTime - m_warningTime - std::chrono::milliseconds(50)))
        restart();
    return QObject::eventFilter(watched, event);
}

void IdleWatcher::startWarning()
{
    m_warning = true;
    emit warningStarted(m_warningTime);
    m_finalTimer->start(m_warningTime);
}

void IdleWatcher::finish()
{
    m_warning = false;
    emit idleTimedOut();
    restart();
}

} // namespace prognos
