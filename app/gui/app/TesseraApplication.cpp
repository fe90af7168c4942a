#include "TesseraApplication.h"

#include "Clock.h"
#include "CryptoSelfTest.h"
#include "MainWindow.h"
#include "ProcessHardening.h"
#include "VaultFile.h"
#include "app/AppController.h"
#include "app/CommandLine.h"
#include "app/Icons.h"
#include "app/StartupTiming.h"
#include "pages/UnlockPage.h"
#include "services/AppSettings.h"
#include "services/CaretBlinkTimeout.h"
#include "services/ColorSchemeWatcher.h"
#include "services/SingleInstance.h"
#include "services/ThemeManager.h"
#include "services/TimeSource.h"
#include "services/Translations.h"

#include <QApplication>
#include <QCommandLineParser>
#include <QDir>
#include <QIcon>
#include <QLocale>
#include <QMessageBox>

#include <cstdio>

namespace tessera::gui
{
    namespace
    {
        void printError(const QString& message)
        {
            std::fprintf(stderr, "tessera: %s\n", message.toLocal8Bit().constData());
        }

        QString vaultPathFor(const CommandLine& commandLine, const AppSettings& settings)
        {
            if (!commandLine.vaultPath().isEmpty()) {
                return commandLine.vaultPath();
            }
            const QString last = settings.lastVaultPath();
            return !last.isEmpty() && VaultFile::exists(last) ? last : VaultFile::defaultPath();
        }
    }

    int TesseraApplication::run(int argc, char* argv[])
    {
        // Before anything holds a secret: no core dumps, no ptrace by other processes.
        ProcessHardening::apply();

        QApplication app(argc, argv);
        QApplication::setOrganizationName(QStringLiteral("tessera"));
        QApplication::setApplicationName(QStringLiteral("tessera"));
        AppSettings settings;
        // Before the first translated text. The setting, else the system's languages; the CLI stays English.
        Translations::install(app, Translations::choose(settings.language(), QLocale::system().uiLanguages()));
        QApplication::setApplicationDisplayName(tr("Tessera"));
        QApplication::setApplicationVersion(QStringLiteral(TESSERA_VERSION));
        QGuiApplication::setDesktopFileName(QStringLiteral("io.github.tessera.Tessera"));
        QApplication::setWindowIcon(Icons::application());

        if (auto selfTest = CryptoSelfTest::run(); !selfTest) {
            QMessageBox::critical(nullptr, tr("Tessera Cannot Start"),
                tr("The encryption library failed its start-up check, so Tessera will not open your vault. "
                   "Reinstall Tessera and its libraries (libsodium), then try again.\n\nDetails: %1")
                    .arg(selfTest.error().message()));
            return 1;
        }

        QCommandLineParser parser;
        parser.setApplicationDescription(tr("Two-factor codes for your accounts, in an encrypted vault."));
        parser.addHelpOption();
        parser.addVersionOption();
        CommandLine::addOptions(parser);
        parser.process(app); // --help, --version and unknown options end here
        auto commandLine = CommandLine::fromParser(parser, QDir::currentPath());
        if (!commandLine) {
            printError(commandLine.error().message());
            return 2;
        }

        const QString vaultPath = vaultPathFor(*commandLine, settings);

        // One Tessera per vault: a later start hands its arguments over and leaves.
        SingleInstance instance(SingleInstance::serverNameForVault(vaultPath));
        auto role = instance.claim();
        if (role && *role == SingleInstance::Role::Secondary) {
            if (auto forwarded = instance.forward(InstanceMessage::fromCurrentProcess()); !forwarded) {
                printError(forwarded.error().message());
                return 1;
            }
            return 0;
        }
        if (!role) {
            printError(role.error().message()); // carry on as the only instance we know of
        }

        ThemeManager theme;
        ColorSchemeWatcher colorScheme;
        QObject::connect(
            &colorScheme, &ColorSchemeWatcher::colorSchemeChanged, &theme, &ThemeManager::setSystemColorScheme);
        QObject::connect(&settings, &AppSettings::themeChanged, &theme, &ThemeManager::setThemeMode);
        theme.setSystemColorScheme(colorScheme.colorScheme());
        theme.setThemeMode(settings.theme());

        const CaretBlinkTimeout caret;
        Clock clock;
        AppContext context(settings, TimeSource::system(), clock);
        context.vaultPath = vaultPath;
        AppController controller(context);
        QObject::connect(&instance, &SingleInstance::messageReceived, &controller, &AppController::handleMessage);
        if (StartupTiming::isEnabled()) {
            QObject::connect(controller.mainWindow().unlockPage(), &UnlockPage::firstPainted, &controller,
                [] { StartupTiming::report("unlock page painted"); });
        }
        controller.start(commandLine->request());
        const int status = QApplication::exec();
        settings.sync();
        return status;
    }
}
