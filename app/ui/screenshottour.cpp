#include "screenshottour.h"

#include "advancedsettingsform.h"
#include "appearance.h"
#include "forecastchartview.h"
#include "forecastrunner.h"
#include "mainwindow.h"
#include "modelsettingspanel.h"
#include "sessionwidget.h"
#include "uilogging.h"

#include <QApplication>
#include <QComboBox>
#include <QDoubleSpinBox>
#include <QMouseEvent>
#include <QTabWidget>
#include <QTimer>

namespace prognos {

namespace {

constexpr int kSettleMs = 400;

QDoubleSpinBox *intervalWidthBox(SessionWidget *session)
{
    return session->settingsPanel()->findChild<QDoubleSpinBox *>(QStringLiteral("interval_width"));
}

} // namespace

ScreenshotTour::ScreenshotTour(MainWindow *window, const QString &directory, QObject *parent)
    : QObject(parent)
    , m_window(window)
    , m_directory(directory)
{
    auto session = [this] { return m_window->currentSession(); };
    m_steps = {
        [this] { save(QStringLiteral("01-welcome")); },
        [this] { m_window->openSample(); },
        [this] { save(QStringLiteral("02-data-quality")); },
        [this, session] {
            session()->settingsPanel()->findChild<QTabWidget *>()->setCurrentIndex(1);
        },
        [this] { save(QStringLiteral("03-settings-advanced")); },
        [session] {
            session()->settingsPanel()->findChild<QTabWidget *>()->setCurrentIndex(0);
            intervalWidthBox(session())->setValue(1.0);
        },
        [this] { save(QStringLiteral("04-invalid-settings")); },
        [session] {
            intervalWidthBox(session())->setValue(0.8);
            auto *country = session()->settingsPanel()->findChild<QComboBox *>(
                QStringLiteral("country_holidays"));
            country->setCurrentIndex(country->findData(QStringLiteral("US")));
        },
        [this] { runForecastThenContinue(); },
        [this] { save(QStringLiteral("05-forecast")); },
        [session] {
            QWidget *viewport = session()->chartView()->viewport();
            const QPoint centre = viewport->rect().center();
            QMouseEvent move(QEvent::MouseMove, centre, viewport->mapToGlobal(centre), Qt::NoButton,
                             Qt::NoButton, Qt::NoModifier);
            QApplication::sendEvent(viewport, &move);
        },
        [this] { save(QStringLiteral("05b-forecast-crosshair")); },
        [session] { session()->showPage(SessionWidget::Page::Components); },
        [this] { save(QStringLiteral("06-components")); },
        [session] { session()->showPage(SessionWidget::Page::Table); },
        [this] { save(QStringLiteral("07-forecast-table")); },
        [session] { session()->showPage(SessionWidget::Page::Warnings); },
        [this] { save(QStringLiteral("08-warnings")); },
        [session] {
            Appearance::apply(*qApp, Appearance::Palette::Dark);
            session()->showPage(SessionWidget::Page::Data);
        },
        [this] { save(QStringLiteral("09-dark-data")); },
    };
}

void ScreenshotTour::start()
{
    m_directory.mkpath(QStringLiteral("."));
    QTimer::singleShot(kSettleMs, this, &ScreenshotTour::next);
}

void ScreenshotTour::next()
{
    if (m_steps.isEmpty()) {
        emit finished(m_ok);
        return;
    }
    const std::function<void()> step = m_steps.takeFirst();
    step();
    if (m_window->currentSession() && m_window->currentSession()->isRunning())
        return; // runForecastThenContinue resumes the tour
    QTimer::singleShot(kSettleMs, this, &ScreenshotTour::next);
}

void ScreenshotTour::runForecastThenContinue()
{
    SessionWidget *session = m_window->currentSession();
    connect(
        session->runner(), &ForecastRunner::runFinished, this,
        [this] { QTimer::singleShot(kSettleMs, this, &ScreenshotTour::next); },
        Qt::SingleShotConnection);
    session->startRun();
}

void ScreenshotTour::save(const QString &name)
{
    const QString path = m_directory.filePath(name + QStringLiteral(".png"));
    if (!m_window->grab().save(path)) {
        m_ok = false;
        qCWarning(lcUi) << "a screenshot could not be saved";
    }
}

} // namespace prognos
