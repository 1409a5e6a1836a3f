#include "mainwindow.h"

#include "filedialogguard.h"
#include "privacy/securememory.h"

#include "exportmenu.h"
#include "idlewatcher.h"
#include "importpreviewdialog.h"
#include "importrunner.h"
#include "modelsettingsfile.h"
#include "preferences.h"
#include "preferencesdialog.h"
#include "privacystatusdialog.h"
#include "sensitiveclipboard.h"
#include "session.h"
#include "sessionwidget.h"
#include "uilogging.h"

#include "data/dataimporter.h"
#include "data/importsettings.h"

#include <QActionGroup>
#include <QApplication>
#include <QCloseEvent>
#include <QDragEnterEvent>
#include <QFile>
#include <QFileDialog>
#include <QFileInfo>
#include <QFrame>
#include <QHBoxLayout>
#include <QLabel>
#include <QMenuBar>
#include <QMessageBox>
#include <QMimeData>
#include <QProgressBar>
#include <QStackedWidget>
#include <QStatusBar>
#include <QTabWidget>
#include <QToolButton>
#include <QUndoGroup>
#include <QUndoStack>
#include <QVBoxLayout>

#include <memory>

// Resources live in the static prognos_ui library; register them once before use.
static void initPrognosResources()
{
    Q_INIT_RESOURCE(prognos);
}

namespace prognos {

namespace {

/// How long before the idle auto-clear its warning comes.
constexpr std::chrono::minutes kIdleWarning{5};

} // namespace

MainWindow::MainWindow(QWidget *parent)
    : QMainWindow(parent)
{
    initPrognosResources();
    setWindowTitle(tr("Prognos"));
    setWindowIcon(QIcon(QStringLiteral(":/icons/prognos.svg")));
    setAcceptDrops(true);
    createActions();
    createMenus();
    createLayout();
    createStatusBar();
    connectSignals();
    applyPreferences();
    updateActions();
    resize(1280, 800);
}

MainWindow::~MainWindow()
{
    delete m_preview;
    delete m_importer; // waits for an import in flight
    m_importer = nullptr;
    endImport();
    clearAllSessions();
}

void MainWindow::createActions()
{
    m_openAction = new QAction(QIcon(QStringLiteral(":/icons/open.svg")), tr("&Open…"), this);
    m_openAction->setShortcut(QKeySequence::Open);
    m_openAction->setStatusTip(tr("Open a CSV file in a new tab"));
    m_openSampleAction = new QAction(tr("Open &Sample"), this);
    m_openSampleAction->setStatusTip(tr("Open the bundled sample: daily data over three years"));
    m_loadSettingsAction = new QAction(tr("&Load Model Settings…"), this);
    m_loadSettingsAction->setStatusTip(tr("Apply a settings file (as prognos-cli reads it)"));
    m_saveSettingsAction = new QAction(tr("Sa&ve Model Settings…"), this);
    m_saveSettingsAction->setStatusTip(tr("Save the model settings for prognos-cli"));
    m_closeAction = new QAction(tr("&Close"), this);
    m_closeAction->setShortcut(QKeySequence::Close);
    m_closeAction->setStatusTip(tr("Close the tab and forget its data"));
    m_quitAction = new QAction(tr("&Quit"), this);
    m_quitAction->setShortcut(QKeySequence::Quit);
    m_runAction = new QAction(QIcon(QStringLiteral(":/icons/run.svg")), tr("&Run Forecast"), this);
    m_runAction->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_R));
    m_cancelAction = new QAction(QIcon(QStringLiteral(":/icons/cancel.svg")), tr("&Cancel"), this);
    m_cancelAction->setShortcut(QKeySequence::Cancel);
    m_crossValidateAction = new QAction(tr("Cross-&validate…"), this);
    m_crossValidateAction->setShortcut(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_V));
    m_crossValidateAction->setStatusTip(
        tr("Backtest the current settings on the history, against naive baselines"));
    m_keepAction = new QAction(tr("&Keep for Comparison…"), this);
    m_keepAction->setStatusTip(tr("Keep the current settings and their forecast to compare"));
    m_compareAction = new QAction(tr("Co&mpare Configurations"), this);
    m_compareAction->setStatusTip(tr("Show the kept configurations side by side"));
    m_resetZoomAction =
        new QAction(QIcon(QStringLiteral(":/icons/zoom-reset.svg")), tr("Reset &Zoom"), this);
    m_resetZoomAction->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_0));
    m_aboutAction = new QAction(tr("&About Prognos"), this);
    m_undoGroup = new QUndoGroup(this);
    m_undoAction = m_undoGroup->createUndoAction(this, tr("&Undo"));
    m_undoAction->setShortcut(QKeySequence::Undo);
    m_undoAction->setStatusTip(tr("Undo the last change of the cleaning steps"));
    m_redoAction = m_undoGroup->createRedoAction(this, tr("&Redo"));
    m_redoAction->setShortcut(QKeySequence::Redo);
    m_redoAction->setStatusTip(tr("Redo the change of the cleaning steps just undone"));
    m_clearAllAction = new QAction(tr("Clear &All Data Now"), this);
    m_clearAllAction->setStatusTip(tr("Close every tab and wipe its data from memory"));
    m_preferencesAction = new QAction(tr("&Preferences…"), this);
    m_preferencesAction->setShortcut(QKeySequence::Preferences);
    m_preferencesAction->setMenuRole(QAction::PreferencesRole);
    m_privacyStatusAction = new QAction(tr("&Privacy Status"), this);
    m_privacyStatusAction->setStatusTip(
        tr("Live checks: core dumps, locked memory, files written, network, sessions"));
    m_idleWatcher = new IdleWatcher(this);

    m_paletteGroup = new QActionGroup(this);
    for (auto palette :
         {Appearance::Palette::System, Appearance::Palette::Light, Appearance::Palette::Dark}) {
        QAction *action = m_paletteGroup->addAction(Appearance::displayName(palette));
        action->setCheckable(true);
        action->setData(int(palette));
        action->setChecked(palette == Appearance::storedPalette());
    }
}

void MainWindow::createMenus()
{
    QMenu *file = menuBar()->addMenu(tr("&File"));
    file->addAction(m_openAction);
    file->addAction(m_openSampleAction);
    file->addSeparator();
    file->addAction(m_loadSettingsAction);
    file->addAction(m_saveSettingsAction);
    file->addSeparator();
    m_exportMenu = new ExportMenu(this);
    file->addMenu(m_exportMenu);
    file->addSeparator();
    file->addAction(m_closeAction);
    file->addAction(m_clearAllAction);
    file->addAction(m_quitAction);
    QMenu *edit = menuBar()->addMenu(tr("&Edit"));
    edit->addAction(m_undoAction);
    edit->addAction(m_redoAction);
    edit->addSeparator();
    edit->addAction(m_exportMenu->copyChartAction());
    edit->addSeparator();
    edit->addAction(m_preferencesAction);
    QMenu *forecast = menuBar()->addMenu(tr("F&orecast"));
    forecast->addAction(m_runAction);
    forecast->addAction(m_cancelAction);
    forecast->addSeparator();
    forecast->addAction(m_crossValidateAction);
    forecast->addAction(m_keepAction);
    forecast->addAction(m_compareAction);
    QMenu *view = menuBar()->addMenu(tr("&View"));
    view->addAction(m_resetZoomAction);
    QMenu *palette = view->addMenu(tr("&Palette"));
    palette->addActions(m_paletteGroup->actions());
    QMenu *help = menuBar()->addMenu(tr("&Help"));
    help->addAction(m_privacyStatusAction);
    help->addAction(m_aboutAction);
}

void MainWindow::createLayout()
{
    m_welcome = new QLabel(tr("<h2>Drop a CSV file here</h2>"
                              "<p>or use <b>File &gt; Open</b>, or <b>File &gt; Open Sample</b> "
                              "to try Prognos on example data.</p>"
                              "<p>Your data stays in memory on this computer and is gone when "
                              "you close its tab.</p>"),
                           this);
    m_welcome->setAlignment(Qt::AlignCenter);
    m_welcome->setWordWrap(true);
    m_sessions = new QTabWidget(this);
    m_sessions->setTabsClosable(true);
    m_sessions->setMovable(true);
    m_sessions->setDocumentMode(true);
    m_stack = new QStackedWidget(this);
    m_stack->addWidget(m_welcome);
    m_stack->addWidget(m_sessions);
    auto *central = new QWidget(this);
    auto *layout = new QVBoxLayout(central);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(0);
    layout->addWidget(createIdleBanner());
    layout->addWidget(m_stack, 1);
    setCentralWidget(central);
}

QWidget *MainWindow::createIdleBanner()
{
    m_idleBanner = new QFrame(this);
    m_idleBanner->setFrameShape(QFrame::StyledPanel);
    m_idleBanner->setAutoFillBackground(true);
    QPalette palette = m_idleBanner->palette();
    palette.setColor(QPalette::Window, QColor(255, 236, 179));
    palette.setColor(QPalette::WindowText, QColor(60, 40, 0));
    m_idleBanner->setPalette(palette);
    m_idleLabel = new QLabel(m_idleBanner);
    m_idleLabel->setWordWrap(true);
    auto *layout = new QHBoxLayout(m_idleBanner);
    layout->addWidget(m_idleLabel);
    m_idleBanner->hide();
    return m_idleBanner;
}

void MainWindow::createStatusBar()
{
    m_progress = new QProgressBar(this);
    m_progress->setMaximumWidth(220);
    m_progress->setTextVisible(false);
    m_progress->setVisible(false);
    statusBar()->addPermanentWidget(m_progress);
    m_cancelImport = new QToolButton(this);
    m_cancelImport->setText(tr("Cancel Import"));
    m_cancelImport->setVisible(false);
    statusBar()->addPermanentWidget(m_cancelImport);
    m_importer = new ImportRunner(this);
}

void MainWindow::connectSignals()
{
    connect(m_openAction, &QAction::triggered, this, &MainWindow::showOpenDialog);
    connect(m_openSampleAction, &QAction::triggered, this, &MainWindow::openSample);
    connect(m_loadSettingsAction, &QAction::triggered, this, [this] {
        SessionWidget *session = currentSession();
        if (session && ModelSettingsFile::load(this, *session->session()))
            session->reloadSettings();
    });
    connect(m_saveSettingsAction, &QAction::triggered, this, [this] {
        if (SessionWidget *session = currentSession())
            ModelSettingsFile::save(this, *session->session());
    });
    connect(m_closeAction, &QAction::triggered, this,
            [this] { closeSession(m_sessions->currentIndex()); });
    connect(m_quitAction, &QAction::triggered, this, &MainWindow::close);
    connect(m_runAction, &QAction::triggered, this, [this] {
        if (SessionWidget *session = currentSession())
            session->startRun();
    });
    connect(m_cancelImport, &QToolButton::clicked, this, &MainWindow::cancelImport);
    connect(m_importer, &ImportRunner::importFinished, this, &MainWindow::handleImportFinished);
    connect(m_importer, &ImportRunner::progressChanged, this,
            [this](int percent) { handleProgress(percent, 100); });
    connect(m_cancelAction, &QAction::triggered, this, [this] {
        if (isImporting())
            cancelImport();
        else if (SessionWidget *session = currentSession())
            session->cancelRun();
    });
    connect(m_crossValidateAction, &QAction::triggered, this, [this] {
        if (SessionWidget *session = currentSession())
            session->showCrossValidation();
    });
    connect(m_keepAction, &QAction::triggered, this, [this] {
        if (SessionWidget *session = currentSession())
            session->askToKeepForComparison();
    });
    connect(m_compareAction, &QAction::triggered, this, [this] {
        if (SessionWidget *session = currentSession())
            session->showPage(SessionWidget::Page::Comparison);
    });
    connect(m_resetZoomAction, &QAction::triggered, this, [this] {
        if (SessionWidget *session = currentSession())
            session->resetZoom();
    });
    connect(m_paletteGroup, &QActionGroup::triggered, this,
            [this](QAction *action) { applyPalette(Appearance::Palette(action->data().toInt())); });
    connect(m_aboutAction, &QAction::triggered, this, &MainWindow::showAbout);
    connect(m_clearAllAction, &QAction::triggered, this, &MainWindow::clearAllSessions);
    connect(m_preferencesAction, &QAction::triggered, this, &MainWindow::showPreferences);
    connect(m_privacyStatusAction, &QAction::triggered, this, &MainWindow::showPrivacyStatus);
    connect(m_idleWatcher, &IdleWatcher::warningStarted, this, &MainWindow::showIdleWarning);
    connect(m_idleWatcher, &IdleWatcher::warningCancelled, m_idleBanner, &QWidget::hide);
    connect(m_idleWatcher, &IdleWatcher::idleTimedOut, this, &MainWindow::clearAfterIdle);
    connect(m_sessions, &QTabWidget::tabCloseRequested, this, &MainWindow::closeSession);
    connect(m_sessions, &QTabWidget::currentChanged, this, &MainWindow::updateActions);
}

bool MainWindow::openBytes(QByteArray bytes, const QString &title, Import mode)
{
    if (mode == Import::WithPreview) {
        startImport(std::move(bytes), title);
        return true;
    }
    ImportSettings settings;
    settings.csv.maxBytes = Preferences::maxFileBytes();
    ImportResult result = DataImporter::import(bytes, settings);
    if (result.ok() && !result.roles.regressorCandidates.isEmpty()) {
        // Read the other numeric columns too, so that the model settings can offer them as
        // regressors and seasonality conditions.
        for (const int column : std::as_const(result.roles.regressorCandidates))
            settings.roles.regressors.append(result.csv.table.displayName(column));
        ImportResult withColumns = DataImporter::import(bytes, settings);
        if (withColumns.ok())
            result = std::move(withColumns);
    }
    // An ASCII table keeps sharing the file's bytes as its cells; then they are wiped with the
    // session (a wipe here would only detach and wipe a fresh copy).
    if (bytes.isDetached())
        SecureMemory::wipe(bytes.data(), std::size_t(bytes.size()));
    if (!result.ok()) {
        QString reason = result.error;
        for (const ImportFinding &finding : result.findings) {
            if (finding.severity == ImportFinding::Severity::Question)
                reason += QLatin1Char('\n') + finding.reason;
        }
        QMessageBox::warning(this, tr("Cannot open the data"),
                             tr("No series could be read from %1.\n%2").arg(title, reason));
        return false;
    }
    return addSession(std::move(result), title);
}

bool MainWindow::addSession(ImportResult result, const QString &title)
{
    auto session = std::make_unique<Session>(std::move(result), title);
    session->setMemoryLimit(Preferences::sessionMemoryBytes());
    if (session->memoryBytes() > session->memoryLimit()) {
        const QString message =
            Session::memoryLimitMessage(session->memoryBytes(), session->memoryLimit());
        session.reset(); // ~Session: the single place where a session's data ends
        showRefusal(tr("Cannot open the data"), message);
        return false;
    }
    auto *widget = new SessionWidget(session.release(), m_sessions);
    connect(widget, &SessionWidget::memoryLimitReached, this,
            [this](const QString &message) { showRefusal(tr("Memory limit reached"), message); });
    connect(widget, &SessionWidget::runStateChanged, this, &MainWindow::handleRunState);
    connect(widget, &SessionWidget::progressChanged, this, &MainWindow::handleProgress);
    connect(widget, &SessionWidget::statusMessage, this,
            [this](const QString &message) { statusBar()->showMessage(message, 10000); });
    m_undoGroup->addStack(widget->session()->undoStack());
    m_sessions->setCurrentIndex(m_sessions->addTab(widget, title));
    updateActions();
    qCInfo(lcUi) << "dataset opened";
    return true;
}

void MainWindow::startImport(QByteArray bytes, const QString &title)
{
    if (m_preview)
        m_preview->reject();
    cancelImport();
    m_importBytes = std::move(bytes);
    m_importTitle = title;
    ImportSettings settings;
    settings.csv.maxBytes = Preferences::maxFileBytes();
    m_importer->start(m_importBytes, settings);
    m_progress->setRange(0, 0);
    m_progress->setVisible(true);
    m_cancelImport->setVisible(true);
    m_cancelAction->setEnabled(true);
    statusBar()->showMessage(tr("Reading %1…").arg(title));
}

bool MainWindow::isImporting() const
{
    return m_importer && m_importer->isRunning();
}

void MainWindow::cancelImport()
{
    if (!isImporting())
        return;
    m_importer->cancel();
    endImport();
    statusBar()->showMessage(tr("Import cancelled."), 5000);
}

void MainWindow::endImport()
{
    // The job may still hold the bytes for a moment; it drops its share when it stops.
    if (m_importBytes.isDetached() && !m_importBytes.isEmpty())
        SecureMemory::wipe(m_importBytes.data(), std::size_t(m_importBytes.size()));
    m_importBytes.clear();
    m_importTitle.clear();
    if (!m_progress)
        return;
    m_progress->setVisible(false);
    m_cancelImport->setVisible(false);
    updateActions();
}

void MainWindow::handleImportFinished(const ImportResult &result)
{
    const QString title = m_importTitle;
    QByteArray bytes = std::move(m_importBytes);
    m_importBytes = {};
    endImport();
    statusBar()->clearMessage();
    if (!result.csv.ok) {
        if (bytes.isDetached())
            SecureMemory::wipe(bytes.data(), std::size_t(bytes.size()));
        QMessageBox::warning(this, tr("Cannot open the data"),
                             tr("%1 cannot be read.\n%2").arg(title, result.error));
        return;
    }
    auto *preview = new ImportPreviewDialog(std::move(bytes), result, title, this);
    preview->setAttribute(Qt::WA_DeleteOnClose);
    connect(preview, &QDialog::accepted, this,
            [this, preview, title] { addSession(preview->takeResult(), title); });
    connect(preview, &QObject::destroyed, this, [this, preview] {
        if (m_preview == preview)
            m_preview = nullptr;
    });
    m_preview = preview;
    preview->open();
}

bool MainWindow::openFile(const QString &path)
{
    QFile file(path);
    const QString name = QFileInfo(path).fileName();
    if (file.size() > Preferences::maxFileBytes()) {
        showRefusal(tr("File too large"),
                    tr("%1 is larger than %2 MB, the limit set in Preferences.")
                        .arg(name)
                        .arg(Preferences::maxFileMegabytes()));
        return false;
    }
    if (!file.open(QIODevice::ReadOnly)) {
        QMessageBox::warning(this, tr("Cannot open the file"),
                             tr("%1 cannot be read: %2").arg(name, file.errorString()));
        return false;
    }
    return openBytes(file.readAll(), name, Import::WithPreview);
}

bool MainWindow::openSample()
{
    QFile sample(QStringLiteral(":/sample.csv"));
    if (!sample.open(QIODevice::ReadOnly))
        return false;
    return openBytes(sample.readAll(), tr("Sample"));
}

void MainWindow::showOpenDialog()
{
    // Qt's own dialog: the native ones add the file to the desktop's recent lists. The
    // guard, destroyed after the dialog, undoes what the dialog saves in QtProject.conf.
    const FileDialogGuard guard;
    QFileDialog dialog(this, tr("Open Data"));
    dialog.setOption(QFileDialog::DontUseNativeDialog);
    dialog.setFileMode(QFileDialog::ExistingFile);
    dialog.setNameFilters({tr("CSV files (*.csv *.tsv *.txt)"), tr("All files (*)")});
    if (dialog.exec() == QDialog::Accepted && !dialog.selectedFiles().isEmpty())
        openFile(dialog.selectedFiles().first());
}

void MainWindow::closeSession(int index)
{
    QWidget *widget = m_sessions->widget(index);
    if (!widget)
        return;
    // Qt's tab bar keeps a copy of a removed tab's text (the file name) in memory
    // (tst_sessioncanary found it); blank the text first.
    m_sessions->setTabText(index, QString());
    m_sessions->removeTab(index);
    delete widget; // ~SessionWidget destroys its Session
    updateActions();
}

void MainWindow::clearAllSessions()
{
    while (m_sessions->count() > 0)
        closeSession(0);
    // A copied chart or table is the user's data too: it goes with the sessions.
    SensitiveClipboard::clearIfOwned();
}

SessionWidget *MainWindow::currentSession() const
{
    return qobject_cast<SessionWidget *>(m_sessions->currentWidget());
}

SessionWidget *MainWindow::sessionAt(int index) const
{
    return qobject_cast<SessionWidget *>(m_sessions->widget(index));
}

int MainWindow::sessionCount() const
{
    return m_sessions->count();
}

void MainWindow::dragEnterEvent(QDragEnterEvent *event)
{
    const QList<QUrl> urls = event->mimeData()->urls();
    if (!urls.isEmpty() && urls.first().isLocalFile())
        event->acceptProposedAction();
}

void MainWindow::dropEvent(QDropEvent *event)
{
    for (const QUrl &url : event->mimeData()->urls()) {
        if (url.isLocalFile())
            openFile(url.toLocalFile());
    }
    event->acceptProposedAction();
}

void MainWindow::closeEvent(QCloseEvent *event)
{
    clearAllSessions();
    event->accept();
}

void MainWindow::applyPalette(Appearance::Palette palette)
{
    Appearance::storePalette(palette);
    Appearance::apply(*qApp, palette);
}

void MainWindow::applyPreferences()
{
    const std::chrono::minutes idle(Preferences::idleClearMinutes());
    m_idleWatcher->setDurations(idle, std::min<std::chrono::minutes>(kIdleWarning, idle / 2));
    for (int i = 0; i < m_sessions->count(); ++i)
        sessionAt(i)->session()->setMemoryLimit(Preferences::sessionMemoryBytes());
    const Appearance::Palette palette = Appearance::storedPalette();
    for (QAction *action : m_paletteGroup->actions()) {
        if (action->data().toInt() == int(palette) && !action->isChecked()) {
            action->setChecked(true);
            Appearance::apply(*qApp, palette);
        }
    }
}

void MainWindow::showPreferences()
{
    PreferencesDialog dialog(this);
    connect(&dialog, &PreferencesDialog::preferencesChanged, this, &MainWindow::applyPreferences);
    dialog.exec();
}

PrivacyStatusDialog *MainWindow::showPrivacyStatus()
{
    if (!m_privacyStatus)
        m_privacyStatus = new PrivacyStatusDialog(this);
    m_privacyStatus->show();
    m_privacyStatus->raise();
    m_privacyStatus->activateWindow();
    return m_privacyStatus;
}

void MainWindow::showRefusal(const QString &title, const QString &message)
{
    // Not modal: a refusal that comes at the end of a background run must not block.
    auto *box = new QMessageBox(QMessageBox::Warning, title, message, QMessageBox::Ok, this);
    box->setAttribute(Qt::WA_DeleteOnClose);
    box->open();
}

bool MainWindow::isIdleWarningVisible() const
{
    return !m_idleBanner->isHidden();
}

void MainWindow::showIdleWarning(std::chrono::milliseconds remaining)
{
    if (m_sessions->count() == 0)
        return;
    const auto minutes = std::chrono::ceil<std::chrono::minutes>(remaining).count();
    m_idleLabel->setText(tr("<b>No input for a long time.</b> All data will be cleared from "
                            "memory in %n minute(s). Press a key or move the mouse to keep it.",
                            nullptr, int(minutes)));
    m_idleBanner->show();
    QApplication::alert(this);
}

void MainWindow::clearAfterIdle()
{
    m_idleBanner->hide();
    if (m_sessions->count() == 0)
        return;
    clearAllSessions();
    statusBar()->showMessage(tr("All data was cleared after a long time without input."));
    qCInfo(lcUi) << "sessions cleared after idle time";
}

void MainWindow::updateActions()
{
    const bool hasSession = m_sessions->count() > 0;
    m_stack->setCurrentWidget(hasSession ? static_cast<QWidget *>(m_sessions) : m_welcome);
    m_closeAction->setEnabled(hasSession);
    m_clearAllAction->setEnabled(hasSession);
    m_loadSettingsAction->setEnabled(hasSession);
    m_saveSettingsAction->setEnabled(hasSession);
    m_runAction->setEnabled(hasSession);
    m_crossValidateAction->setEnabled(hasSession);
    m_keepAction->setEnabled(hasSession);
    m_compareAction->setEnabled(hasSession);
    m_resetZoomAction->setEnabled(hasSession);
    SessionWidget *session = currentSession();
    m_exportMenu->setSession(session ? session->session() : nullptr);
    m_cancelAction->setEnabled((session && session->isRunning()) || isImporting());
    m_undoGroup->setActiveStack(session ? session->session()->undoStack() : nullptr);
}

void MainWindow::handleRunState(bool running)
{
    m_progress->setVisible(running);
    m_progress->setValue(0);
    updateActions();
    m_cancelAction->setEnabled(running);
}

void MainWindow::handleProgress(int value, int maximum)
{
    m_progress->setRange(0, maximum);
    m_progress->setValue(value);
}

void MainWindow::showAbout()
{
    QMessageBox::about(this, tr("About Prognos"),
                       tr("<h3>Prognos %1</h3><p>Prophet forecasts on the desktop. Your data "
                          "stays in memory on this computer.</p>")
                           .arg(QCoreApplication::applicationVersion()));
}

} // namespace prognos
