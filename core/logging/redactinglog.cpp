#include "redactinglog.h"

#include <QRegularExpression>

#include <cstdio>

namespace prognos {

namespace {

RedactingLog::Sink s_sink = nullptr;
bool s_redact = true;

const char *typeName(QtMsgType type)
{
    switch (type) {
    case QtDebugMsg:
        return "debug";
    case QtInfoMsg:
        return "info";
    case QtWarningMsg:
        return "warning";
    case QtCriticalMsg:
        return "critical";
    case QtFatalMsg:
        return "fatal";
    }
    return "message";
}

void writeToStderr(const QString &line)
{
    const QByteArray bytes = line.toLocal8Bit();
    std::fprintf(stderr, "%s\n", bytes.constData());
    std::fflush(stderr);
}

void handleMessage(QtMsgType type, const QMessageLogContext &context, const QString &message)
{
    const QString text = s_redact ? RedactingLog::redact(message) : message;
    const QString line = RedactingLog::format(type, context.category, text);
    (s_sink ? s_sink : writeToStderr)(line);
}

} // namespace

void RedactingLog::install(Sink sink)
{
    s_sink = sink;
    s_redact = redacts();
    qInstallMessageHandler(handleMessage);
}

bool RedactingLog::redacts()
{
#if defined(QT_NO_DEBUG)
    return true;
#else
    return qEnvironmentVariableIsSet("PROGNOS_LOG_REDACT");
#endif
}

QString RedactingLog::redact(const QString &message)
{
    // In this order: a quoted string may hold a path, and a path holds numbers.
    static const QRegularExpression quoted(
        QStringLiteral("\"[^\"]*\"?|(?<!\\w)'[^']*'?|\\x{201C}[^\\x{201D}]*\\x{201D}?"));
    static const QRegularExpression pathLike(
        QStringLiteral("[^\\s\"'<>]*[/\\\\][^\\s\"'<>]*|~[^\\s\"'<>]*|"
                       "[\\w\\-]+(\\.[\\w\\-]+)*\\.[A-Za-z][A-Za-z0-9]{0,5}\\b"));
    static const QRegularExpression number(
        QStringLiteral("[-+]?(\\d+([.,]\\d+)*|[.,]\\d+)([eE][-+]?\\d+)?"));
    QString text = message;
    text.replace(quoted, QStringLiteral("\"…\""));
    text.replace(pathLike, QStringLiteral("<path>"));
    text.replace(number, QStringLiteral("#"));
    return text;
}

QString RedactingLog::format(QtMsgType type, const char *category, const QString &text)
{
    return QStringLiteral("%1: %2: %3")
        .arg(QLatin1StringView(category ? category : "default"), QLatin1StringView(typeName(type)),
             text);
}

} // namespace prognos
