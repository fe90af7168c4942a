#include "AppFixture.h"

#include "MainWindow.h"
#include "app/AssistantLauncher.h"
#include "app/DialogLauncher.h"
#include "pages/WelcomePage.h"
#include "recovery/RecoveryWizard.h"
#include "services/Translations.h"
#include "swap/PhoneSwapWizard.h"

#include "TestConfig.h"

#include <QAbstractButton>
#include <QApplication>
#include <QComboBox>
#include <QCommandLinkButton>
#include <QDir>
#include <QGroupBox>
#include <QLabel>
#include <QLocale>
#include <QMenu>
#include <QRegularExpression>
#include <QScreen>
#include <QTabBar>
#include <QTabWidget>
#include <QTest>
#include <QToolButton>
#include <QTranslator>

namespace tessera::gui::test
{
    namespace
    {
        /// A small laptop screen, less the panels: no window may need more.
        constexpr QSize SmallScreen(1366, 720);

        QString describe(const QWidget* widget, const QString& text)
        {
            return QStringLiteral("%1 “%2” (%3)")
                .arg(QString::fromLatin1(widget->metaObject()->className()), text, widget->objectName());
        }

        QString textOf(const QWidget* widget)
        {
            if (const auto* label = qobject_cast<const QLabel*>(widget)) {
                return label->text();
            }
            if (const auto* tool = qobject_cast<const QToolButton*>(widget);
                tool != nullptr && tool->toolButtonStyle() == Qt::ToolButtonIconOnly) {
                return {}; // its text is the tool tip
            }
            if (const auto* button = qobject_cast<const QAbstractButton*>(widget)) {
                // A line edit's action icons show no text either.
                return widget->inherits("QLineEditIconButton") ? QString() : button->text();
            }
            if (const auto* group = qobject_cast<const QGroupBox*>(widget)) {
                return group->title();
            }
            if (const auto* combo = qobject_cast<const QComboBox*>(widget)) {
                return combo->currentText();
            }
            return {};
        }

        /// The widgets showing text whose space is smaller than the text needs: a layout gives every widget
        /// at least its minimum size hint, so a shortfall means a fixed or capped size that the translation
        /// outgrew (or a window smaller than its contents).
        QStringList clippedIn(QWidget* top)
        {
            QStringList clipped;
            const QSize needed = top->minimumSizeHint();
            if (needed.width() > SmallScreen.width() || needed.height() > SmallScreen.height()) {
                clipped.append(QStringLiteral("the window needs %1×%2 px, more than a small screen")
                                   .arg(needed.width())
                                   .arg(needed.height()));
            }
            QList<QWidget*> widgets = top->findChildren<QWidget*>();
            widgets.prepend(top);
            for (QWidget* widget : widgets) {
                if (!widget->isVisible()) {
                    continue;
                }
                if (auto* bar = qobject_cast<QTabBar*>(widget)) {
                    if (bar->sizeHint().width() > bar->width()) {
                        clipped.append(QStringLiteral("tab bar needs %1 px, has %2 px")
                                           .arg(bar->sizeHint().width())
                                           .arg(bar->width()));
                    }
                    continue;
                }
                const QString text = textOf(widget);
                if (text.trimmed().isEmpty() || widget->sizePolicy().horizontalPolicy() == QSizePolicy::Ignored) {
                    continue; // no text, or a label that elides on purpose
                }
                const int minimum = widget->minimumSizeHint().width();
                if (widget->width() + 1 < minimum) {
                    clipped.append(QStringLiteral("%1 needs %2 px, has %3 px")
                                       .arg(describe(widget, text))
                                       .arg(minimum)
                                       .arg(widget->width()));
                    continue;
                }
                auto* label = qobject_cast<QLabel*>(widget);
                if (label != nullptr && label->wordWrap() && label->hasHeightForWidth()) {
                    const int height = label->heightForWidth(label->width());
                    if (label->height() + 1 < height) {
                        clipped.append(QStringLiteral("%1 needs %2 px height, has %3 px")
                                           .arg(describe(widget, text))
                                           .arg(height)
                                           .arg(label->height()));
                    }
                }
            }
            return clipped;
        }

        QList<QWidget*> openWindows(const QWidget* besides)
        {
            QList<QWidget*> windows;
            for (QWidget* widget : QApplication::topLevelWidgets()) {
                if (widget != besides && widget->isVisible() && widget->isWindow()
                    && qobject_cast<QMenu*>(widget) == nullptr) {
                    windows.append(widget);
                }
            }
            return windows;
        }

        /// The app started in one language (tessera::gui::Translations, as at start-up), every page and dialog
        /// looked at: nothing may be clipped. English too, as the reference.
        class LanguageLayoutTest : public AppFixture, public ::testing::WithParamInterface<const char*>
        {
        protected:
            void SetUp() override
            {
                qputenv("TESSERA_TRANSLATIONS_DIR", QByteArrayLiteral(TESSERA_BINARY_DIR "/translations"));
                ASSERT_TRUE(Translations::install(*QCoreApplication::instance(), QString::fromLatin1(GetParam())));
                AppFixture::SetUp();
            }

            void TearDown() override
            {
                AppFixture::TearDown();
                for (QTranslator* translator : QCoreApplication::instance()->findChildren<QTranslator*>()) {
                    QCoreApplication::removeTranslator(translator);
                    delete translator;
                }
                QLocale::setDefault(QLocale::system());
                qunsetenv("TESSERA_TRANSLATIONS_DIR");
            }

            MainWindow& window() const { return app().mainWindow(); }

            /// Checks `top` and, in each tab widget, every tab.
            void expectNothingClipped(QWidget* top, const QString& where)
            {
                QTest::qWait(20);
                // TESSERA_LANGUAGE_SCREENSHOTS=DIR keeps a picture of everything checked, to look at.
                if (const QString pictures = qEnvironmentVariable("TESSERA_LANGUAGE_SCREENSHOTS");
                    !pictures.isEmpty()) {
                    QString name = where;
                    name.replace(QRegularExpression(QStringLiteral("[^a-z0-9]+")), QStringLiteral("-"));
                    top->grab().save(QDir(pictures).filePath(
                        QStringLiteral("%1-%2.png").arg(name, QString::fromLatin1(GetParam()))));
                }
                for (const QString& problem : clippedIn(top)) {
                    ADD_FAILURE() << GetParam() << ", " << where.toStdString() << ": " << problem.toStdString();
                }
                for (QTabWidget* tabs : top->findChildren<QTabWidget*>()) {
                    if (!tabs->isVisible()) {
                        continue;
                    }
                    const int shown = tabs->currentIndex();
                    for (int i = 0; i < tabs->count(); ++i) {
                        if (i == shown) {
                            continue;
                        }
                        tabs->setCurrentIndex(i);
                        QTest::qWait(20);
                        for (const QString& problem : clippedIn(tabs->currentWidget())) {
                            ADD_FAILURE() << GetParam() << ", " << where.toStdString() << ", tab "
                                          << tabs->tabText(i).toStdString() << ": " << problem.toStdString();
                        }
                    }
                    tabs->setCurrentIndex(shown);
                }
            }

            /// Runs `open`, then checks and closes every window it opened.
            void expectDialogsFit(const QString& where, const std::function<void()>& open)
            {
                open();
                QTest::qWait(50);
                const QList<QWidget*> windows = openWindows(&window());
                EXPECT_FALSE(windows.isEmpty()) << where.toStdString() << " opened no window";
                for (QWidget* opened : windows) {
                    expectNothingClipped(opened, where);
                    opened->close();
                }
                QTest::qWait(20);
            }
        };
    }

    TEST_P(LanguageLayoutTest, WelcomeAndCreatePages)
    {
        startApp();
        expectNothingClipped(&window(), QStringLiteral("welcome page"));
        click(window().welcomePage()->createButton());
        ASSERT_TRUE(waitFor([this] { return window().currentPage() != window().welcomePage(); }));
        expectNothingClipped(&window(), QStringLiteral("create page"));
    }

    TEST_P(LanguageLayoutTest, UnlockListTrashAndEveryDialog)
    {
        createVault();
        startApp();
        expectNothingClipped(&window(), QStringLiteral("unlock page"));
        unlock();
        const QUuid aws = addAccount(
            QStringLiteral("AWS root"), QStringLiteral("billing@example.com"), QStringLiteral("JBSWY3DPEHPK3PXP"));
        addAccount(QStringLiteral("GitHub"), QStringLiteral("alice"), QStringLiteral("GEZDGNBVGY3TQOJQ"));
        expectNothingClipped(&window(), QStringLiteral("account list"));
        window().trashAction()->trigger();
        expectNothingClipped(&window(), QStringLiteral("trash"));
        window().trashAction()->trigger();

        DialogLauncher* dialogs = window().dialogs();
        expectDialogsFit(QStringLiteral("add account"), [&] { dialogs->openAdd(); });
        expectDialogsFit(QStringLiteral("edit account"), [&] { dialogs->openEdit(aws); });
        expectDialogsFit(QStringLiteral("show QR code"), [&] { dialogs->openShowQr(aws); });
        expectDialogsFit(QStringLiteral("settings"), [&] { dialogs->openSettings(); });
        expectDialogsFit(QStringLiteral("export"), [&] { dialogs->openExport(); });
        expectDialogsFit(QStringLiteral("change password"), [&] { dialogs->openChangePassword(); });

        AssistantLauncher& assistants = app().assistants();
        expectDialogsFit(QStringLiteral("readiness"), [&] { assistants.openReadiness(); });
        expectDialogsFit(QStringLiteral("phone swap"), [&] { assistants.openPhoneSwap(); });
        expectDialogsFit(QStringLiteral("recovery wizard"), [&] {
            assistants.openRecovery(aws);
            RecoveryWizard* wizard = assistants.recoveryWizard();
            ASSERT_NE(wizard, nullptr);
            expectNothingClipped(wizard, QStringLiteral("recovery wizard, account"));
            wizard->next();
            expectNothingClipped(wizard, QStringLiteral("recovery wizard, troubleshoot"));
            wizard->next(); // the factors page, checked by expectDialogsFit
        });
    }

    INSTANTIATE_TEST_SUITE_P(Languages,
        LanguageLayoutTest,
        ::testing::Values("en", "de", "fr", "es"),
        [](const ::testing::TestParamInfo<const char*>& info) { return std::string(info.param); });
}
