#include "CommandLine.h"

#include <QCommandLineParser>
#include <QDir>

namespace tessera::gui
{
    namespace
    {
        const QString vaultOption = QStringLiteral("vault");
    }

    CommandLine::CommandLine(QString vaultPath, LaunchRequest request)
        : m_vaultPath(std::move(vaultPath))
        , m_request(std::move(request))
    { }

    void CommandLine::addOptions(QCommandLineParser& parser)
    {
        parser.addOption(QCommandLineOption(vaultOption,
            tr("The vault file to open (default: the one opened last, else ~/.local/share/tessera/vault.tessera)."),
            tr("path")));
        LaunchRequest::addOptions(parser);
    }

    Result<CommandLine> CommandLine::fromParser(const QCommandLineParser& parser, const QString& workingDirectory)
    {
        auto request = LaunchRequest::fromParser(parser);
        if (!request) {
            return request.error();
        }
        QString vault = parser.value(vaultOption);
        if (parser.isSet(vaultOption) && vault.trimmed().isEmpty()) {
            return Error(Error::Kind::InvalidInput, tr("--vault needs the path of a vault file."));
        }
        if (!vault.isEmpty()) {
            vault = QDir::cleanPath(QDir(workingDirectory).absoluteFilePath(vault));
        }
        return CommandLine(vault, std::move(request).value());
    }

    Result<CommandLine> CommandLine::parse(const QStringList& arguments, const QString& workingDirectory)
    {
        QCommandLineParser parser;
        parser.addHelpOption();
        parser.addVersionOption();
        addOptions(parser);
        if (!parser.parse(arguments)) {
            return Error(Error::Kind::InvalidInput, parser.errorText());
        }
        return fromParser(parser, workingDirectory);
    }
}
