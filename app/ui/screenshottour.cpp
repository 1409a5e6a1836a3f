#include "screenshottour.h"

#include "advancedsettingsform.h"
#include "appearance.h"
#include "cleaningpanel.h"
#include "countryholidayseditor.h"
#include "crossvalidationdialog.h"
#include "crossvalidationform.h"
#include "datapage.h"
#include "forecastchartview.h"
#include "forecastrunner.h"
#include "importpreviewdialog.h"
#include "mainwindow.h"
#include "modelsettingspanel.h"
#include "sessionwidget.h"
#include "uilogging.h"

#include <QAction>
#include <QApplication>
#include <QCheckBox>
#include <QComboBox>
#include <QDoubleSpinBox>
#include <QFile>
#include <QLineEdit>
#include <QMouseEvent>
#include <QScrollArea>
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
        [this] { openSamplePreview(); },
        [this] { saveWidget(m_window->importPreview(), QStringLiteral("01b-import-preview")); },
        [this] {
            if (m_window->importPreview())
                m_window->importPreview()->reject();
            m_window->openSample();
        },
        [this] { save(QStringLiteral("02-data-quality")); },
        [session] {
            CleaningPanel *cleaning = session()->cleaningPanel();
            cleaning->addStep(CleaningStep::excludeOutliers());
            cleaning->addStep(CleaningStep::fillMissing(CleaningStep::Fill::Linear));
        },
        [this] { save(QStringLiteral("02b-cleaning-before-after")); },
        [this] {
            // Back to the data as imported, through Edit > Undo.
            m_window->undoAction()->trigger();
            m_window->undoAction()->trigger();
        },
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
            session()->dataPage()->showHolidaysBox()->setChecked(true);
        },
        [this] { save(QStringLiteral("04b-data-holidays")); },
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
        [this] { crossValidateThenContinue(); },
        [this] { saveDialog(QStringLiteral("09-cross-validation-metrics")); },
        [this] { showCrossValidationPage(CrossValidationDialog::Page::Folds); },
        [this] { saveDialog(QStringLiteral("10-cross-validation-folds")); },
        [this] { showCrossValidationPage(CrossValidationDialog::Page::MetricsTable); },
        [this] { saveDialog(QStringLiteral("11-cross-validation-table")); },
        [this] { showCrossValidationPage(CrossValidationDialog::Page::Predictions); },
        [this] { saveDialog(QStringLiteral("12-cross-validation-predictions")); },
        [this, session] {
            session()->crossValidationDialog()->close();
            session()->keepForComparison(tr("Prophet defaults"));
            session()->settingsPanel()->findChild<QTabWidget *>()->setCurrentIndex(1);
            session()
                ->settingsPanel()
                ->findChild<QDoubleSpinBox *>(QStringLiteral("changepoint_prior_scale"))
                ->setValue(0.5);
        },
        [this] { runForecastThenContinue(); },
        [this, session] {
            session()->keepForComparison(tr("Flexible trend"));
            session()->showPage(SessionWidget::Page::Comparison);
        },
        [this] { save(QStringLiteral("13-comparison")); },
        [session] {
            Appearance::apply(*qApp, Appearance::Palette::Dark);
            session()->showPage(SessionWidget::Page::Data);
        },
        [this] { save(QStringLiteral("14-dark-data")); },
        [session] {
            Appearance::apply(*qApp, Appearance::Palette::Light);
            ModelSettingsPanel *panel = session()->settingsPanel();
            auto *area = panel->findChild<QScrollArea *>();
            area->ensureWidgetVisible(panel->countryHolidays(), 0, 0);
        },
        [this] { save(QStringLiteral("15-settings-holidays")); },
        [session] {
            ModelSettingsPanel *panel = session()->settingsPanel();
            auto *growth = panel->findChild<QComboBox *>(QStringLiteral("growth"));
            growth->setCurrentIndex(growth->findData(int(Growth::Logistic)));
            auto *cap = panel->findChild<QLineEdit *>(QStringLiteral("history_cap"));
            cap->setText(QStringLiteral("450"));
            emit cap->textEdited(cap->text());
            panel->findChild<QTabWidget *>()->setCurrentIndex(2);
        },
        [this] { save(QStringLiteral("16-settings-future")); },
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
    SessionWidget *session = m_window->currentSession();
    if (session && (session->isRunning() || (session->crossValidationDialog() &&
                                             session->crossValidationDialog()->isRunning())))
        return; // runForecastThenContinue or crossValidateThenContinue resumes the tour
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

void ScreenshotTour::crossValidateThenContinue()
{
    SessionWidget *session = m_window->currentSession();
    session->showCrossValidation();
    CrossValidationDialog *dialog = session->crossValidationDialog();
    dialog->form()->findChild<QDoubleSpinBox *>(QStringLiteral("cv_horizon"))->setValue(240);
    connect(
        dialog, &CrossValidationDialog::outputShown, this,
        [this] { QTimer::singleShot(kSettleMs, this, &ScreenshotTour::next); },
        Qt::SingleShotConnection);
    dialog->start();
}

void ScreenshotTour::showCrossValidationPage(CrossValidationDialog::Page page)
{
    if (CrossValidationDialog *dialog = m_window->currentSession()->crossValidationDialog())
        dialog->showPage(page);
}

void ScreenshotTour::saveDialog(const QString &name)
{
    CrossValidationDialog *dialog = m_window->currentSession()->crossValidationDialog();
    const QString path = m_directory.filePath(name + QStringLiteral(".png"));
    if (!dialog || !dialog->grab().save(path)) {
        m_ok = false;
        qCWarning(lcUi) << "a screenshot could not be saved";
    }
}

void ScreenshotTour::openSamplePreview()
{
    QFile sample(QStringLiteral(":/sample.csv"));
    if (sample.open(QIODevice::ReadOnly))
        m_window->openBytes(sample.readAll(), tr("Sample"), MainWindow::Import::WithPreview);
}

void ScreenshotTour::save(const QString &name)
{
    saveWidget(m_window, name);
}

void ScreenshotTour::saveWidget(QWidget *widget, const QString &name)
{
    const QString path = m_directory.filePath(name + QStringLiteral(".png"));
    if (!widget || !widget->grab().save(path)) {
        m_ok = false;
        qCWarning(lcUi) << "a screenshot could not be saved";
    }
}

} // namespace prognos
