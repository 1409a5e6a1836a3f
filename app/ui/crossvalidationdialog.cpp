#include "crossvalidationdialog.h"

#include "crossvalidationform.h"
#include "crossvalidationmetricsmodel.h"
#include "crossvalidationrunner.h"
#include "cutoffpredictionview.h"
#include "foldtimelineview.h"
#include "metricchartsview.h"
#include "session.h"

#include "holidays/holidaycalendar.h"

#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLocale>
#include <QProgressBar>
#include <QPushButton>
#include <QScrollArea>
#include <QSplitter>
#include <QTabWidget>
#include <QTableView>
#include <QVBoxLayout>

#include <algorithm>

namespace prognos {

namespace {

/// The session's forecast horizon as a cross-validation span.
CalendarSpan horizonSpan(const Session &session)
{
    const Horizon &h = session.horizon();
    switch (h.unit) {
    case Horizon::Unit::Days:
        return CalendarSpan::days(h.amount);
    case Horizon::Unit::Weeks:
        return CalendarSpan::weeks(h.amount);
    case Horizon::Unit::Months:
        return CalendarSpan::months(h.amount);
    case Horizon::Unit::Years:
        return CalendarSpan::months(12 * h.amount);
    case Horizon::Unit::Steps:
        break;
    }
    const double stepMs = std::max(1.0, session.frequency().nominalStepMs());
    if (stepMs < double(kMsPerDay))
        return CalendarSpan::hours(h.amount * stepMs / double(kMsPerHour));
    return CalendarSpan::days(h.amount * stepMs / double(kMsPerDay));
}

QString dateText(Timestamp t)
{
    return QString::fromStdString(formatTimestamp(t));
}

} // namespace

CrossValidationDialog::CrossValidationDialog(Session *session, QWidget *parent)
    : QDialog(parent)
    , m_session(session)
    , m_runner(new CrossValidationRunner(this))
{
    setWindowTitle(tr("Cross-validation — %1").arg(session->title()));
    prepareModel();
    createWidgets();
    createLayout();
    connectSignals();
    const CrossValidationOutput &stored = m_session->crossValidation();
    if (m_session->crossValidationMatchesSettings()) {
        m_form->showSettings(stored.cv, stored.metricsOptions);
        showOutput(stored);
    } else {
        m_form->setHorizon(horizonSpan(*m_session));
    }
    updatePlan();
    resize(1180, 780);
}

CrossValidationDialog::~CrossValidationDialog()
{
    delete m_runner; // waits for a cancelled run before the views go
}

void CrossValidationDialog::prepareModel()
{
    // The model is prepared (not fitted) once: its history and resolved seasonalities give
    // the cutoffs exactly as the run will place them.
    const QStringList problems = m_session->runProblems();
    if (!problems.isEmpty()) {
        m_prepareError = problems.join(QLatin1Char('\n'));
        return;
    }
    const ForecastInput input = m_session->forecastInput();
    FitOptions options;
    options.skipOptimization = true;
    options.countryHolidays = HolidayCalendar::provider();
    const FitResult prepared = Prophet::fit(input.config, input.history, options);
    if (!prepared.ok()) {
        m_prepareError = QString::fromStdString(prepared.message);
        return;
    }
    m_prepared = true;
    m_ds = prepared.model->history.ds;
    for (const ResolvedSeasonality &s : prepared.model->seasonalities)
        m_longestSeasonalityDays = std::max(m_longestSeasonalityDays, s.period);
}

void CrossValidationDialog::createWidgets()
{
    m_form = new CrossValidationForm(this);
    m_start = new QPushButton(tr("&Start"), this);
    m_start->setDefault(true);
    m_cancel = new QPushButton(tr("&Cancel Run"), this);
    m_cancel->setEnabled(false);
    m_keep = new QPushButton(tr("&Keep for Comparison…"), this);
    m_keep->setToolTip(tr("Keep the current settings, their forecast and this cross-validation "
                          "to compare with other settings"));
    m_progress = new QProgressBar(this);
    m_progress->setFormat(tr("%v of %m cutoffs"));
    m_progress->setVisible(false);
    m_status = new QLabel(this);
    m_status->setWordWrap(true);
    m_status->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_pages = new QTabWidget(this);
    m_timeline = new FoldTimelineView(this);
    m_charts = new MetricChartsView(this);
    m_table = new QTableView(this);
    m_tableModel = new CrossValidationMetricsModel(this);
    m_table->setModel(m_tableModel);
    m_table->verticalHeader()->hide();
    m_table->setAlternatingRowColors(true);
    m_table->horizontalHeader()->setDefaultSectionSize(110);
    m_omitted = new QLabel(this);
    m_omitted->setWordWrap(true);
    m_omitted->setVisible(false);
    m_predictions = new CutoffPredictionView(this);
}

void CrossValidationDialog::createLayout()
{
    auto *buttons = new QHBoxLayout;
    buttons->addWidget(m_start);
    buttons->addWidget(m_cancel);
    buttons->addStretch(1);
    auto *side = new QWidget(this);
    auto *sideLayout = new QVBoxLayout(side);
    sideLayout->addWidget(m_form);
    sideLayout->addLayout(buttons);
    sideLayout->addWidget(m_progress);
    sideLayout->addWidget(m_status);
    sideLayout->addStretch(1);
    sideLayout->addWidget(m_keep);

    auto *tablePage = new QWidget(this);
    auto *tableLayout = new QVBoxLayout(tablePage);
    tableLayout->addWidget(m_omitted);
    tableLayout->addWidget(m_table, 1);
    auto *chartsScroll = new QScrollArea(this);
    chartsScroll->setWidget(m_charts);
    chartsScroll->setWidgetResizable(true);
    m_pages->addTab(m_timeline, tr("Folds"));
    m_pages->addTab(chartsScroll, tr("Metrics by horizon"));
    m_pages->addTab(tablePage, tr("Metrics table"));
    m_pages->addTab(m_predictions, tr("Actual vs predicted"));

    auto *splitter = new QSplitter(Qt::Horizontal, this);
    splitter->addWidget(side);
    splitter->addWidget(m_pages);
    splitter->setStretchFactor(1, 1);
    splitter->setSizes({360, 820});
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(splitter);
}

void CrossValidationDialog::connectSignals()
{
    connect(m_form, &CrossValidationForm::edited, this, &CrossValidationDialog::updatePlan);
    connect(m_start, &QPushButton::clicked, this, &CrossValidationDialog::start);
    connect(m_cancel, &QPushButton::clicked, this, &CrossValidationDialog::cancel);
    connect(m_keep, &QPushButton::clicked, this, &CrossValidationDialog::keepRequested);
    connect(m_runner, &CrossValidationRunner::progressChanged, this,
            &CrossValidationDialog::handleProgress);
    connect(m_runner, &CrossValidationRunner::runFinished, this,
            &CrossValidationDialog::handleFinished);
    connect(m_runner, &CrossValidationRunner::runCancelled, this,
            &CrossValidationDialog::handleCancelled);
}

void CrossValidationDialog::showPage(Page page)
{
    m_pages->setCurrentIndex(int(page));
}

bool CrossValidationDialog::isRunning() const
{
    return m_runner->isRunning();
}

void CrossValidationDialog::updatePlan()
{
    // The engine's own checks, on the history the run will use: what it refuses is shown
    // with its reason and Start stays disabled.
    QStringList problems = m_form->problems();
    for (const std::string &problem : m_form->metricsOptions().validate())
        problems.append(QString::fromStdString(problem));
    CutoffPlan plan;
    if (!m_prepared) {
        problems.append(m_prepareError);
    } else if (problems.isEmpty()) {
        plan = CutoffPlan::make(m_form->config(), m_ds, m_longestSeasonalityDays);
        if (!plan.ok())
            problems.append(QString::fromStdString(plan.error));
    }
    m_planOk = problems.isEmpty();
    m_form->showStatus(problems, m_planOk ? planText(plan) : QString());
    m_timeline->setPlan(m_session->cleaned().series, m_planOk ? plan : CutoffPlan{});
    m_start->setEnabled(m_planOk && !isRunning());
    m_keep->setEnabled(m_session->keepProblem().isEmpty());
    m_keep->setToolTip(m_session->keepProblem());
}

QString CrossValidationDialog::planText(const CutoffPlan &plan) const
{
    if (plan.cutoffs.empty())
        return {};
    QString text = tr("%n cutoff(s) from %1 to %2: initial window %3, period %4, horizon %5.",
                      nullptr, int(plan.cutoffs.size()))
                       .arg(dateText(plan.cutoffs.front()), dateText(plan.cutoffs.back()),
                            QString::fromStdString(plan.initial.toString()),
                            QString::fromStdString(plan.period.toString()),
                            QString::fromStdString(plan.horizon.toString()));
    for (const std::string &warning : plan.warnings)
        text += QLatin1Char('\n') + QString::fromStdString(warning);
    if (plan.cutoffs.size() > m_ds.size()) {
        const QLocale locale;
        text += QLatin1Char('\n') +
                tr("Warning: %1 cutoffs for %2 rows of history. Many folds are fitted on the "
                   "same rows, and the run fits the model %1 times; a longer period gives fewer "
                   "folds.")
                    .arg(locale.toString(qulonglong(plan.cutoffs.size())),
                         locale.toString(qulonglong(m_ds.size())));
    }
    return text;
}

void CrossValidationDialog::start()
{
    updatePlan();
    if (!m_planOk || isRunning())
        return;
    CrossValidationInput input;
    const ForecastInput forecast = m_session->forecastInput();
    input.config = forecast.config;
    input.history = forecast.history;
    input.cv = m_form->config();
    input.metrics = m_form->metricsOptions();
    const CutoffPlan plan = CutoffPlan::make(input.cv, m_ds, m_longestSeasonalityDays);
    m_progress->setRange(0, int(plan.cutoffs.size()));
    m_progress->setValue(0);
    m_runner->start(input);
    setRunning(true);
    m_status->setText(tr("Fitting %n cutoff(s)…", nullptr, int(plan.cutoffs.size())));
}

void CrossValidationDialog::cancel()
{
    m_runner->cancel();
}

void CrossValidationDialog::reject()
{
    m_runner->cancel();
    QDialog::reject();
}

void CrossValidationDialog::setRunning(bool running)
{
    m_form->setEnabled(!running);
    m_start->setEnabled(!running && m_planOk);
    m_cancel->setEnabled(running);
    m_progress->setVisible(running);
}

void CrossValidationDialog::handleProgress(int finished, int total)
{
    m_progress->setRange(0, total);
    m_progress->setValue(finished);
    m_status->setText(tr("Cutoff %1 of %2 done.").arg(finished).arg(total));
}

void CrossValidationDialog::handleCancelled()
{
    setRunning(false);
    m_status->setText(tr("Cancelled; no result was kept."));
}

void CrossValidationDialog::handleFinished(const CrossValidationOutput &output)
{
    setRunning(false);
    if (!output.ok()) {
        m_status->setText(tr("The cross-validation failed: %1").arg(output.message));
        emit outputShown();
        return;
    }
    // Past the session's memory limit the new result is dropped; the previous one stays.
    const QString memoryProblem = m_session->crossValidationMemoryProblem(output);
    if (!memoryProblem.isEmpty()) {
        m_status->setText(memoryProblem);
        emit outputShown();
        return;
    }
    m_session->setCrossValidation(output);
    showOutput(m_session->crossValidation());
    m_status->setText(
        tr("%n cutoff(s) cross-validated in %1 ms.", nullptr, int(output.plan.cutoffs.size()))
            .arg(output.elapsedMs));
    updatePlan();
    showPage(Page::MetricCharts);
    emit outputShown();
}

void CrossValidationDialog::showOutput(const CrossValidationOutput &output)
{
    m_charts->setOutput(output);
    m_tableModel->setMetrics(output.metrics, output.baselines);
    m_table->resizeColumnsToContents();
    QStringList omitted;
    for (const auto &[name, reason] : output.metrics.omitted)
        omitted.append(tr("%1 left out: %2")
                           .arg(QString::fromStdString(name), QString::fromStdString(reason)));
    for (const QString &warning : output.warnings)
        omitted.append(warning);
    m_omitted->setText(omitted.join(QLatin1Char('\n')));
    m_omitted->setVisible(!omitted.isEmpty());
    m_predictions->setOutput(&output, &m_session->cleaned().series);
    m_timeline->setPlan(m_session->cleaned().series, output.plan);
}

} // namespace prognos
