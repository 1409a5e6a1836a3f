#pragma once

#include "appearance.h"

#include <QMainWindow>

class QAction;
class QActionGroup;
class QLabel;
class QProgressBar;
class QStackedWidget;
class QTabWidget;
class QToolButton;
class QUndoGroup;

namespace prognos {

class ExportMenu;
class ImportPreviewDialog;
class ImportRunner;
struct ImportResult;
class SessionWidget;

/// The application window: one tab per open dataset, the menus, drag and drop of CSV files
/// and the run progress in the status bar.
class MainWindow : public QMainWindow
{
    Q_OBJECT

public:
    /// Files above this size are refused before they are read (issue #7 makes it a
    /// preference).
    static constexpr qint64 kMaxFileBytes = 50 * 1024 * 1024;

    explicit MainWindow(QWidget *parent = nullptr);
    ~MainWindow() override;

    /// How a file becomes a session.
    enum class Import {
        Direct,      ///< imported at once with what is detected (the sample, tests)
        WithPreview, ///< imported off the GUI thread, then shown in the import preview
    };

    /// Imports `bytes` into a new session tab titled `title`. Direct: false (after telling
    /// the user) when nothing usable was found. WithPreview: starts the import and returns
    /// true; the preview dialog opens the session when the user accepts it.
    bool openBytes(QByteArray bytes, const QString &title, Import mode = Import::Direct);
    /// Reads a file and imports it with the preview (File > Open, drops).
    bool openFile(const QString &path);
    bool openSample();

    /// Whether a file is being imported in the background.
    bool isImporting() const;
    /// Stops the background import; the file's bytes are dropped.
    void cancelImport();
    /// The import preview on screen, or null.
    ImportPreviewDialog *importPreview() const { return m_preview; }

    /// Closes the session of tab `index`. Every way a session ends comes through here.
    void closeSession(int index);

    SessionWidget *currentSession() const;
    int sessionCount() const;

    /// Edit > Undo and Edit > Redo, acting on the current tab's cleaning steps.
    QAction *undoAction() const { return m_undoAction; }
    QAction *redoAction() const { return m_redoAction; }

protected:
    void dragEnterEvent(QDragEnterEvent *event) override;
    void dropEvent(QDropEvent *event) override;
    void closeEvent(QCloseEvent *event) override;

private:
    void createActions();
    void createMenus();
    void createLayout();
    void createStatusBar();
    void connectSignals();
    void showOpenDialog();
    void applyPalette(Appearance::Palette palette);
    void updateActions();
    void addSession(ImportResult result, const QString &title);
    void startImport(QByteArray bytes, const QString &title);
    void handleImportFinished(const ImportResult &result);
    void endImport();
    void handleRunState(bool running);
    void handleProgress(int value, int maximum);
    void showAbout();

    QStackedWidget *m_stack = nullptr;
    QLabel *m_welcome = nullptr;
    QTabWidget *m_sessions = nullptr;
    QProgressBar *m_progress = nullptr;
    QToolButton *m_cancelImport = nullptr;
    ImportRunner *m_importer = nullptr;
    QByteArray m_importBytes; ///< the file being imported, until the preview takes it
    QString m_importTitle;
    ImportPreviewDialog *m_preview = nullptr;
    QAction *m_openAction = nullptr;
    QAction *m_openSampleAction = nullptr;
    QAction *m_loadSettingsAction = nullptr;
    QAction *m_saveSettingsAction = nullptr;
    QAction *m_closeAction = nullptr;
    QAction *m_quitAction = nullptr;
    QAction *m_undoAction = nullptr;
    QAction *m_redoAction = nullptr;
    QAction *m_runAction = nullptr;
    QAction *m_cancelAction = nullptr;
    QAction *m_crossValidateAction = nullptr;
    QAction *m_keepAction = nullptr;
    QAction *m_compareAction = nullptr;
    QAction *m_resetZoomAction = nullptr;
    QAction *m_aboutAction = nullptr;
    QActionGroup *m_paletteGroup = nullptr;
    ExportMenu *m_exportMenu = nullptr;
    QUndoGroup *m_undoGroup = nullptr; ///< the cleaning edits of the current tab
};

} // namespace prognos
