#include "AppFixture.h"

#include "Base32.h"
#include "ImportResult.h"
#include "MainWindow.h"
#include "OtpParameters.h"
#include "Vault.h"
#include "app/AssistantLauncher.h"
#include "app/DialogLauncher.h"
#include "app/VaultHolder.h"
#include "backup/AutomaticBackupService.h"
#include "backup/RestoreBackupDialog.h"
#include "pages/AccountsPage.h"
#include "pages/CreateVaultPage.h"
#include "pages/RecoveryKeyPage.h"
#include "pages/TrashPage.h"
#include "pages/UnlockPage.h"
#include "pages/WelcomePage.h"
#include "qr/CameraScanDialog.h"
#include "qr/RegionSelector.h"
#include "quicksearch/QuickSearchPopup.h"
#include "readiness/ReadinessDialog.h"
#include "readiness/ReadinessMonitor.h"
#include "recovery/RecoveryAccountPage.h"
#include "recovery/RecoveryFactorsPage.h"
#include "recovery/RecoveryWizard.h"
#include "services/LaunchRequest.h"
#include "swap/PhoneSwapWizard.h"
#include "swap/SwapAppsPage.h"
#include "swap/SwapDirectionPage.h"
#include "transfer/ExportDialog.h"
#include "transfer/ImportPasswordDialog.h"
#include "transfer/TransferCodesDialog.h"
#include "widgets/AccountListView.h"
#include "widgets/Banner.h"
#include "widgets/NewPasswordForm.h"
#include "widgets/PasswordEdit.h"

#include <QAbstractButton>
#include <QAbstractItemView>
#include <QAbstractSlider>
#include <QAbstractSpinBox>
#include <QAccessible>
#include <QAction>
#include <QApplication>
#include <QButtonGroup>
#include <QComboBox>
#include <QCommandLinkButton>
#include <QContextMenuEvent>
#include <QDir>
#include <QHeaderView>
#include <QImage>
#include <QLineEdit>
#include <QListWidget>
#include <QMenu>
#include <QMessageBox>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QRadioButton>
#include <QRegularExpression>
#include <QScrollBar>
#include <QTabBar>
#include <QTabWidget>
#include <QTest>
#include <QTextEdit>
#include <QTimer>
#include <QToolButton>
#include <QTreeWidget>
#include <QWizard>

#include <iostream>

namespace tessera::gui::test
{
    namespace
    {
        const QString GitHubSecret = QStringLiteral("JBSWY3DPEHPK3PXP");
        const QString GoogleSecret = QStringLiteral("GEZDGNBVGY3TQOJQGEZDGNBVGY3TQOJQ");

        QString strippedText(QString text)
        {
            return text.remove(QLatin1Char('&')).trimmed();
        }

        /// The parts of another widget that are not controls of their own: the edit field inside a
        /// spin box or combo box, scroll bars and headers of lists, a table's corner button, the
        /// scroll arrows of a tab bar. They are announced with the control they belong to.
        bool isPartOfAnotherControl(const QWidget* widget)
        {
            const QWidget* parent = widget->parentWidget();
            if (qobject_cast<const QScrollBar*>(widget) != nullptr
                || qobject_cast<const QHeaderView*>(widget) != nullptr) {
                return true;
            }
            if (qobject_cast<const QAbstractSpinBox*>(parent) != nullptr
                || qobject_cast<const QComboBox*>(parent) != nullptr) {
                return true;
            }
            if (qobject_cast<const QTabBar*>(parent) != nullptr
                && qobject_cast<const QToolButton*>(widget) != nullptr) {
                return true;
            }
            return QLatin1String(widget->metaObject()->className()) == QLatin1String("QTableCornerButton");
        }

        bool isInteractive(const QWidget* widget)
        {
            if (isPartOfAnotherControl(widget)) {
                return false;
            }
            return qobject_cast<const QAbstractButton*>(widget) != nullptr
                || qobject_cast<const QLineEdit*>(widget) != nullptr
                || qobject_cast<const QComboBox*>(widget) != nullptr
                || qobject_cast<const QAbstractSpinBox*>(widget) != nullptr
                || qobject_cast<const QAbstractItemView*>(widget) != nullptr
                || qobject_cast<const QAbstractSlider*>(widget) != nullptr
                || qobject_cast<const QTabBar*>(widget) != nullptr || qobject_cast<const QTextEdit*>(widget) != nullptr
                || qobject_cast<const QPlainTextEdit*>(widget) != nullptr;
        }

        /// A button in a line edit (clear, show password): it takes no focus, its action's shortcut or
        /// the field's own keys stand in for it.
        bool isLineEditButton(const QWidget* widget)
        {
            return qobject_cast<const QLineEdit*>(widget->parentWidget()) != nullptr
                && qobject_cast<const QAbstractButton*>(widget) != nullptr;
        }

        QRect rectIn(const QWidget* widget, const QWidget* window)
        {
            return QRect(widget->mapTo(window, QPoint(0, 0)), widget->size());
        }

        /// Enough to find the widget in the code: class, object names up to the window, text, position.
        std::string describe(const QWidget* widget)
        {
            QStringList path;
            for (const QWidget* at = widget; at != nullptr && !at->isWindow(); at = at->parentWidget()) {
                if (!at->objectName().isEmpty() && !at->objectName().startsWith(QLatin1String("qt_"))) {
                    path.prepend(at->objectName());
                }
            }
            QString text;
            if (const auto* button = qobject_cast<const QAbstractButton*>(widget)) {
                text = button->text();
            } else if (const auto* edit = qobject_cast<const QLineEdit*>(widget)) {
                text = edit->placeholderText();
            }
            const QRect rect = rectIn(widget, widget->window());
            return QStringLiteral("%1 [%2] \"%3\" at (%4,%5 %6x%7)")
                .arg(QLatin1String(widget->metaObject()->className()), path.join(QLatin1Char('/')), text)
                .arg(rect.x())
                .arg(rect.y())
                .arg(rect.width())
                .arg(rect.height())
                .toStdString();
        }

        /// Names a screen reader reads are words, not the identifier a widget has in the code: neither
        /// its object name nor anything spelled like one ("issuerEdit", "qt_spinbox_lineedit").
        bool repeatsObjectName(const QString& name, const QString& objectName)
        {
            static const QRegularExpression identifier(QStringLiteral("^([a-z][a-z0-9]*[A-Z]\\S*|\\S*_\\S*)$"));
            return name == objectName || identifier.match(name).hasMatch();
        }

        /// The widget Tab stops at for `widget` (focus proxies resolved; the edit of a spin box is the spin box).
        QWidget* focusTarget(QWidget* widget)
        {
            if (widget == nullptr) {
                return nullptr;
            }
            while (widget->focusProxy() != nullptr) {
                widget = widget->focusProxy();
            }
            if (isPartOfAnotherControl(widget) && !qobject_cast<QScrollBar*>(widget)) {
                return widget->parentWidget();
            }
            return widget;
        }

        /// Radio buttons of one exclusive group share a Tab stop; the arrow keys move between them.
        QList<QAbstractButton*> exclusiveSiblings(QAbstractButton* button)
        {
            if (button->group() != nullptr && button->group()->exclusive()) {
                return button->group()->buttons();
            }
            QList<QAbstractButton*> siblings;
            if (qobject_cast<QRadioButton*>(button) != nullptr && button->autoExclusive()) {
                for (auto* sibling : button->parentWidget()->findChildren<QRadioButton*>(Qt::FindDirectChildrenOnly)) {
                    if (sibling->autoExclusive()) {
                        siblings.append(sibling);
                    }
                }
            }
            return siblings;
        }

        /// Walks every window, page, dialog and wizard page the application has and, for every visible
        /// control, checks what a screen reader and a keyboard user get: an accessible name that is not
        /// the object name, a description for icon-only buttons, a place in the Tab chain, a Tab order
        /// that follows the layout, a visible focus indicator, and no style sheet that hides it.
        /// With TESSERA_A11Y_SCREENSHOTS=DIR it also saves a picture of each window it checks, to look at
        /// the layouts at other scale factors, e.g.
        ///   TESSERA_A11Y_SCREENSHOTS=/tmp/shots QT_SCALE_FACTOR=2 xvfb-run -a -s "-screen 0 2560x1600x24"
        ///     env QT_QPA_PLATFORM=xcb build/dev/tests/app/gui/gui_app_tests --gtest_filter='AccessibilityTest.*'
        /// (one command line).
        class AccessibilityTest : public AppFixture
        {
        protected:
            MainWindow& window() const { return app().mainWindow(); }

            void startWithAccounts()
            {
                createVault();
                startApp();
                unlock();
                github = addAccount(QStringLiteral("GitHub"), QStringLiteral("alice"), GitHubSecret);
                google = addAccount(QStringLiteral("Google"), QStringLiteral("alice@gmail.com"), GoogleSecret);
            }

            /// Checks the controls now visible in `top` (a window, or a wizard with its current page);
            /// `label` names the place in failures and in the count printed.
            void audit(QWidget* top, const QString& label)
            {
                ASSERT_NE(top, nullptr) << label.toStdString();
                ASSERT_TRUE(top->isVisible()) << label.toStdString() << " is not shown";
                QCoreApplication::processEvents();
                top->activateWindow();
                ASSERT_TRUE(QTest::qWaitForWindowActive(top)) << label.toStdString();

                QList<QWidget*> controls;
                for (QWidget* widget : top->findChildren<QWidget*>()) {
                    if (widget->isVisible() && widget->window() == top && isInteractive(widget)) {
                        controls.append(widget);
                    }
                }
                const QString pictures = qEnvironmentVariable("TESSERA_A11Y_SCREENSHOTS");
                if (!pictures.isEmpty()) {
                    QTest::qWait(200); // wrapped labels take a second layout pass
                    QString name = label;
                    name.replace(QRegularExpression(QStringLiteral("[^A-Za-z0-9]+")), QStringLiteral("-"));
                    EXPECT_TRUE(top->grab().save(QDir(pictures).filePath(name.toLower() + QStringLiteral(".png"))));
                }
                const std::string where = label.toStdString() + ": ";
                for (QWidget* widget : std::as_const(controls)) {
                    checkName(where, widget);
                }
                checkStyleSheets(where, top);
                checkKeyboard(where, top, controls);
                std::cout << "[ a11y     ] " << label.toStdString() << ": " << controls.size() << " controls checked"
                          << std::endl;
                checkedTotal += int(controls.size());
            }

            static void checkName(const std::string& where, QWidget* widget)
            {
                QAccessibleInterface* accessible = QAccessible::queryAccessibleInterface(widget);
                ASSERT_NE(accessible, nullptr) << where << describe(widget);
                const QString name = accessible->text(QAccessible::Name).trimmed();
                if (name.isEmpty()) {
                    ADD_FAILURE() << where << describe(widget) << " has no accessible name";
                } else if (repeatsObjectName(name, widget->objectName())) {
                    ADD_FAILURE() << where << describe(widget) << " is called by an identifier, \""
                                  << name.toStdString() << "\"";
                } else if (!name.contains(QRegularExpression(QStringLiteral("\\p{L}")))) {
                    ADD_FAILURE() << where << describe(widget) << " is called \"" << name.toStdString()
                                  << "\", which does not say what it does";
                }
                if (qobject_cast<QComboBox*>(widget) != nullptr) {
                    // On Linux a combo box's name is its current value: screen readers say what it is
                    // for from the label it is labelled by (a buddy label, or its group box).
                    const auto labels = accessible->relations(QAccessible::Label);
                    if (std::none_of(labels.cbegin(), labels.cend(),
                            [](const auto& label) { return !label.first->text(QAccessible::Name).isEmpty(); })) {
                        ADD_FAILURE() << where << describe(widget) << " has no label (a buddy QLabel)";
                    }
                }
                auto* button = qobject_cast<QAbstractButton*>(widget);
                if (button == nullptr) {
                    return;
                }
                const auto* toolButton = qobject_cast<QToolButton*>(widget);
                const bool shownAsIcon = toolButton != nullptr
                    && (toolButton->toolButtonStyle() == Qt::ToolButtonIconOnly
                        || toolButton->arrowType() != Qt::NoArrow);
                const bool iconOnly
                    = (!button->icon().isNull() || (toolButton && toolButton->arrowType() != Qt::NoArrow))
                    && (strippedText(button->text()).isEmpty() || shownAsIcon);
                if (iconOnly && accessible->text(QAccessible::Description).trimmed().isEmpty()
                    && button->toolTip().isEmpty()) {
                    ADD_FAILURE() << where << describe(widget)
                                  << " shows only an icon and has neither an accessible description nor a tool tip";
                }
            }

            static void checkStyleSheets(const std::string& where, QWidget* top)
            {
                const QRegularExpression hidesFocus(
                    QStringLiteral("outline\\s*:\\s*(none|0)"), QRegularExpression::CaseInsensitiveOption);
                EXPECT_FALSE(qApp->styleSheet().contains(hidesFocus)) << "the application style sheet hides focus";
                for (QWidget* widget : top->findChildren<QWidget*>()) {
                    EXPECT_FALSE(widget->styleSheet().contains(hidesFocus))
                        << where << describe(widget) << " has a style sheet that hides the focus indicator";
                }
            }

            /// Tab through the window: every enabled control is reached, in the order it is laid out
            /// (top to bottom, left to right within a row), and looks different while it has the focus.
            void checkKeyboard(const std::string& where, QWidget* top, const QList<QWidget*>& controls)
            {
                QWidget* focus = focusTarget(QApplication::focusWidget());
                if (focus == nullptr || focus->window() != top) {
                    QTest::keyClick(top, Qt::Key_Tab);
                }
                // Forth and back: the focus is where it was, but it got there by keyboard, which is what
                // makes styles such as Fusion draw the focus frame.
                QTest::keyClick(QApplication::focusWidget(), Qt::Key_Tab);
                QTest::keyClick(QApplication::focusWidget(), Qt::Key_Backtab);
                QWidget* const start = focusTarget(QApplication::focusWidget());
                ASSERT_NE(start, nullptr) << where << "nothing takes the focus";
                ASSERT_EQ(start->window(), top) << where << "the focus is outside the window";
                QList<QWidget*> chain{start};
                QHash<QWidget*, QImage> withFocus{{start, start->grab().toImage()}};
                // Where each control is while it has the focus: a list or scroll area may scroll to show it.
                QHash<QWidget*, QRect> places{{start, rectIn(start, top)}};
                bool aroundOnce = false;
                QStringList lastStops;
                for (int presses = 0; presses < 400 && !aroundOnce; ++presses) {
                    QTest::keyClick(QApplication::focusWidget(), Qt::Key_Tab);
                    focus = focusTarget(QApplication::focusWidget());
                    lastStops.append(QString::fromStdString(focus == nullptr ? std::string() : describe(focus)));
                    if (lastStops.size() > 4) {
                        lastStops.removeFirst();
                    }
                    if (focus == nullptr || focus->window() != top) {
                        ADD_FAILURE() << where << "Tab left the window";
                        return;
                    }
                    aroundOnce = focus == start;
                    if (!chain.contains(focus)) {
                        chain.append(focus);
                        withFocus.insert(focus, focus->grab().toImage());
                        places.insert(focus, rectIn(focus, top));
                    }
                }
                if (!aroundOnce) {
                    ADD_FAILURE() << where << "Tab never comes back to " << describe(start) << ": it goes round "
                                  << lastStops.join(QStringLiteral(", ")).toStdString();
                }

                for (QWidget* widget : controls) {
                    if (!widget->isEnabled() || chain.contains(focusTarget(widget))) {
                        continue;
                    }
                    if (isLineEditButton(widget)) {
                        checkLineEditButton(where, widget);
                        continue;
                    }
                    if (auto* button = qobject_cast<QAbstractButton*>(widget)) {
                        const QList<QAbstractButton*> group = exclusiveSiblings(button);
                        if (std::any_of(group.cbegin(), group.cend(),
                                [&chain](QAbstractButton* sibling) { return chain.contains(sibling); })) {
                            continue;
                        }
                    }
                    ADD_FAILURE() << where << describe(widget) << " cannot be reached with Tab";
                }

                checkOrder(where, chain, places);

                // The same controls without the focus must look different: the focus is visible.
                QWidget* focused = QApplication::focusWidget();
                focused->clearFocus();
                for (QWidget* widget : std::as_const(chain)) {
                    if (const auto* view = qobject_cast<QAbstractItemView*>(widget);
                        view != nullptr && (view->model() == nullptr || view->model()->rowCount() == 0)) {
                        continue; // nothing to put the focus frame on
                    }
                    // Fusion draws a dialog's default button as it draws a focused one, whether it has
                    // the focus or not; Enter presses it wherever the focus is.
                    if (const auto* button = qobject_cast<QPushButton*>(widget);
                        button != nullptr && button->isDefault()) {
                        continue;
                    }
                    if (widget->grab().toImage() == withFocus.value(widget)) {
                        ADD_FAILURE() << where << describe(widget) << " looks the same with and without the focus";
                    }
                }
                focused->setFocus(Qt::TabFocusReason);
            }

            static void checkOrder(
                const std::string& where, QList<QWidget*> chain, const QHash<QWidget*, QRect>& places)
            {
                if (chain.size() < 2) {
                    return;
                }
                // The chain is a circle: it starts at the control nearest the top left corner.
                const auto first = std::min_element(chain.begin(), chain.end(), [&places](QWidget* a, QWidget* b) {
                    const QRect ra = places.value(a);
                    const QRect rb = places.value(b);
                    return std::pair(ra.top(), ra.left()) < std::pair(rb.top(), rb.left());
                });
                std::rotate(chain.begin(), first, chain.end());
                for (qsizetype i = 0; i + 1 < chain.size(); ++i) {
                    const QRect from = places.value(chain.at(i));
                    const QRect to = places.value(chain.at(i + 1));
                    const bool sameRow = to.top() < from.bottom() && from.top() < to.bottom();
                    if (sameRow ? to.right() < from.left() : to.bottom() < from.top()) {
                        ADD_FAILURE() << where << "Tab goes from " << describe(chain.at(i)) << " back to "
                                      << describe(chain.at(i + 1));
                    }
                }
            }

            /// A button in a field takes no focus. The clear button's work is done with the field's keys
            /// (select all, delete), and a search icon that only puts the focus into its field needs nothing
            /// more than Tab; any other button needs a shortcut.
            static void checkLineEditButton(const std::string& where, QWidget* widget)
            {
                const auto* button = qobject_cast<QToolButton*>(widget);
                QAction* action = button != nullptr ? button->defaultAction() : nullptr;
                if (action == nullptr) {
                    ADD_FAILURE() << where << describe(widget) << " has no action";
                    return;
                }
                if (action->objectName() == QLatin1String("_q_qlineeditclearaction") || !action->shortcut().isEmpty()) {
                    return;
                }
                auto* field = qobject_cast<QLineEdit*>(widget->parentWidget());
                QWidget* focused = QApplication::focusWidget();
                const QString text = field->text();
                field->clearFocus();
                action->trigger();
                const bool onlyFocuses = QApplication::focusWidget() == field && field->text() == text;
                if (focused != nullptr) {
                    focused->setFocus(Qt::TabFocusReason);
                }
                EXPECT_TRUE(onlyFocuses) << where << describe(widget) << " (" << action->text().toStdString()
                                         << ") takes no focus and has no shortcut";
            }

            /// Audits the wizard on every page it reaches with Next (up to `pages` pages).
            void auditWizard(QWizard* wizard, const QString& label, int pages)
            {
                for (int i = 0; i < pages; ++i) {
                    audit(wizard, QStringLiteral("%1 · %2").arg(label, wizard->currentPage()->title()));
                    const int before = wizard->currentId();
                    wizard->next();
                    if (wizard->currentId() == before) {
                        break;
                    }
                }
            }

            /// Clicks the button with this text in the message box that opens next.
            void answerNextMessageBox(const QString& buttonText)
            {
                QTimer::singleShot(0, &window(), [buttonText] {
                    auto* box = qobject_cast<QMessageBox*>(QApplication::activeModalWidget());
                    ASSERT_NE(box, nullptr) << "no message box for " << buttonText.toStdString();
                    for (QAbstractButton* button : box->buttons()) {
                        if (strippedText(button->text()) == buttonText) {
                            button->click();
                            return;
                        }
                    }
                    box->reject();
                    FAIL() << "no button " << buttonText.toStdString();
                });
            }

            /// The visible button with this text (without '&') in `parent`.
            static QAbstractButton* buttonWithText(QWidget* parent, const QString& text)
            {
                for (auto* button : parent->findChildren<QAbstractButton*>()) {
                    if (button->isVisible() && strippedText(button->text()) == text) {
                        return button;
                    }
                }
                ADD_FAILURE() << "no button " << text.toStdString();
                return nullptr;
            }

            void closeCurrentDialog()
            {
                if (QDialog* dialog = window().dialogs()->current()) {
                    dialog->done(QDialog::Rejected);
                    QCoreApplication::sendPostedEvents(nullptr, QEvent::DeferredDelete);
                }
            }

            QUuid github;
            QUuid google;
            int checkedTotal = 0;
        };
    }

    TEST_F(AccessibilityTest, WelcomeCreateAndRecoveryKeyPages)
    {
        startApp();
        audit(&window(), QStringLiteral("Welcome page"));

        click(window().welcomePage()->createButton());
        ASSERT_EQ(window().currentPage(), window().createVaultPage());
        audit(&window(), QStringLiteral("Create vault page"));
        auto* advanced = window().createVaultPage()->findChild<QToolButton*>();
        ASSERT_NE(advanced, nullptr);
        advanced->setChecked(true);
        audit(&window(), QStringLiteral("Create vault page, advanced"));

        NewPasswordForm* form = window().createVaultPage()->passwordForm();
        typeInto(form->passwordField(), Password);
        typeInto(form->repeatField(), Password);
        click(window().createVaultPage()->createButton());
        ASSERT_TRUE(waitFor([this] { return window().currentPage() == window().recoveryKeyPage(); }));
        audit(&window(), QStringLiteral("Recovery key page"));
        std::cout << "[ a11y     ] total: " << checkedTotal << std::endl;
    }

    TEST_F(AccessibilityTest, UnlockAccountsAndTrashPages)
    {
        createVault();
        startApp();
        audit(&window(), QStringLiteral("Unlock page"));
        click(window().unlockPage()->recoveryButton());
        audit(&window(), QStringLiteral("Unlock page, recovery key"));
        click(buttonWithText(window().unlockPage(), QStringLiteral("Back")));
        ASSERT_FALSE(window().unlockPage()->isRecoveryMode());

        unlock();
        audit(&window(), QStringLiteral("Accounts page, empty"));
        github = addAccount(QStringLiteral("GitHub"), QStringLiteral("alice"), GitHubSecret);
        google = addAccount(QStringLiteral("Google"), QStringLiteral("alice@gmail.com"), GoogleSecret);
        audit(&window(), QStringLiteral("Accounts page"));
        // A phone number without its country code is a critical finding (the badge), and there is no
        // backup yet (the banner).
        ASSERT_TRUE(
            app()
                .holder()
                .vault()
                .modify(github, [](Account& changed) { changed.recovery.phone = QStringLiteral("07911 123456"); })
                .ok());
        app().assistants().readiness()->refresh();
        ASSERT_TRUE(app().assistants().readinessBadge()->isVisible());
        ASSERT_TRUE(app().assistants().backupBanner()->isVisible());
        audit(&window(), QStringLiteral("Accounts page, badge and banner"));

        // A trashed account: the undo bar, then the trash.
        window().accountsPage()->selectAccount(google);
        window().accountsPage()->view()->setFocus();
        QTest::keyClick(window().accountsPage()->view(), Qt::Key_Delete);
        audit(&window(), QStringLiteral("Accounts page, undo bar"));
        window().trashAction()->trigger();
        ASSERT_EQ(window().currentPage(), window().trashPage());
        window().trashPage()->view()->setCurrentIndex(window().trashPage()->view()->model()->index(0, 0));
        audit(&window(), QStringLiteral("Trash page"));
        std::cout << "[ a11y     ] total: " << checkedTotal << std::endl;
    }

    TEST_F(AccessibilityTest, EveryActionHasAKeyboardPath)
    {
        startWithAccounts();
        // The main menu opens from a button in the Tab chain (checked above); the add menu's button
        // opens its menu with the mouse only, so its entries need shortcuts, like the list's row actions
        // that the keyboard reaches without the context menu.
        for (QAction* action : window().addMenu()->actions()) {
            if (!action->isSeparator()) {
                EXPECT_FALSE(action->shortcut().isEmpty()) << action->text().toStdString() << " has no shortcut";
            }
        }
        // The Menu key opens the row's menu: the platform turns it into a keyboard context
        // menu event, which is what is sent here.
        AccountListView* view = window().accountsPage()->view();
        view->setFocus();
        window().accountsPage()->selectAccount(github);
        QList<QAction*> shown;
        QTimer::singleShot(0, view, [&shown] {
            if (auto* menu = qobject_cast<QMenu*>(QApplication::activePopupWidget())) {
                shown = menu->actions();
                menu->close();
            }
        });
        const QRect current = view->visualRect(view->currentIndex());
        QContextMenuEvent menuKey(QContextMenuEvent::Keyboard, current.center(), view->mapToGlobal(current.center()));
        QCoreApplication::sendEvent(view->viewport(), &menuKey);
        ASSERT_FALSE(shown.isEmpty()) << "the keyboard opens the row's menu";
        for (QAction* action : view->actions()) {
            if (!action->isSeparator()) {
                EXPECT_TRUE(shown.contains(action)) << action->text().toStdString();
                EXPECT_TRUE(action->isEnabled()) << action->text().toStdString();
            }
        }
        for (QAction* action : window().mainMenu()->actions()) {
            if (!action->isSeparator()) {
                EXPECT_FALSE(strippedText(action->text()).isEmpty());
                EXPECT_TRUE(action->text().contains(QLatin1Char('&')))
                    << action->text().toStdString() << " has no access key in the menu";
            }
        }
    }

    TEST_F(AccessibilityTest, CtrlHShowsAndHidesAPassword)
    {
        createVault();
        startApp();
        PasswordEdit* field = window().unlockPage()->passwordField();
        typeInto(field, QStringLiteral("secret"));
        EXPECT_FALSE(field->isRevealed());
        QTest::keyClick(field, Qt::Key_H, Qt::ControlModifier);
        EXPECT_TRUE(field->isRevealed());
        QTest::keyClick(field, Qt::Key_H, Qt::ControlModifier);
        EXPECT_FALSE(field->isRevealed());
        EXPECT_EQ(field->text(), QStringLiteral("secret"));
    }

    TEST_F(AccessibilityTest, AccountDialogs)
    {
        startWithAccounts();
        window().dialogs()->openAdd();
        audit(window().dialogs()->current(), QStringLiteral("Add account"));
        closeCurrentDialog();

        window().dialogs()->openEdit(github);
        QDialog* edit = window().dialogs()->current();
        ASSERT_NE(edit, nullptr);
        auto* tabs = edit->findChild<QTabWidget*>();
        ASSERT_NE(tabs, nullptr);
        for (int i = 0; i < tabs->count(); ++i) {
            tabs->setCurrentIndex(i);
            audit(edit, QStringLiteral("Edit account · %1").arg(strippedText(tabs->tabText(i))));
        }
        closeCurrentDialog();

        window().dialogs()->openShowQr(github);
        QDialog* showQr = window().dialogs()->current();
        audit(showQr, QStringLiteral("Show QR code · question"));
        click(buttonWithText(showQr, QStringLiteral("Show QR Code")));
        audit(showQr, QStringLiteral("Show QR code"));
        closeCurrentDialog();

        ImportResult incoming;
        incoming.formatId = QStringLiteral("aegis");
        Account account(OtpParameters::create(OtpType::Totp, Base32::decode(GitHubSecret).value()).value());
        account.issuer = QStringLiteral("Forge");
        account.accountName = QStringLiteral("bob");
        incoming.accounts = {account};
        incoming.unreadable = {{QStringLiteral("entry 2"), QStringLiteral("The secret is not Base32.")}};
        incoming.warnings = {QStringLiteral("One entry uses a detail Tessera does not keep.")};
        window().dialogs()->openImportReview(incoming, QStringLiteral("aegis.json"));
        audit(window().dialogs()->current(), QStringLiteral("Import review"));
        closeCurrentDialog();
        std::cout << "[ a11y     ] total: " << checkedTotal << std::endl;
    }

    TEST_F(AccessibilityTest, ExportAndTransferCodes)
    {
        startWithAccounts();
        auto* exporter = qobject_cast<ExportDialog*>(window().dialogs()->openExport());
        ASSERT_NE(exporter, nullptr);
        audit(exporter, QStringLiteral("Export · Tessera backup"));
        exporter->setKind(ExportDialog::Kind::UriList);
        audit(exporter, QStringLiteral("Export · links"));
        exporter->setKind(ExportDialog::Kind::GoogleCodes);
        audit(exporter, QStringLiteral("Export · Google codes"));
        answerNextMessageBox(QStringLiteral("Show Codes"));
        click(exporter->exportButton());
        ASSERT_TRUE(waitFor([] { return qobject_cast<TransferCodesDialog*>(QApplication::activeModalWidget()); }));
        audit(QApplication::activeModalWidget(), QStringLiteral("Transfer codes"));
        closeCurrentDialog();

        auto* password = new ImportPasswordDialog(QByteArrayLiteral("{}"), QStringLiteral("aegis"),
            QStringLiteral("Aegis"), QStringLiteral("aegis-export.json"), &window());
        password->setAttribute(Qt::WA_DeleteOnClose);
        password->open();
        audit(password, QStringLiteral("Import password"));
        password->reject();
        std::cout << "[ a11y     ] total: " << checkedTotal << std::endl;
    }

    TEST_F(AccessibilityTest, SettingsChangePasswordAndRecoveryKey)
    {
        startWithAccounts();
        window().dialogs()->openSettings();
        QDialog* settingsDialog = window().dialogs()->current();
        ASSERT_NE(settingsDialog, nullptr);
        auto* tabs = settingsDialog->findChild<QTabWidget*>(QStringLiteral("settingsTabs"));
        ASSERT_NE(tabs, nullptr);
        for (int i = 0; i < tabs->count(); ++i) {
            tabs->setCurrentIndex(i);
            audit(settingsDialog, QStringLiteral("Settings · %1").arg(strippedText(tabs->tabText(i))));
        }
        closeCurrentDialog();

        window().dialogs()->openChangePassword();
        audit(window().dialogs()->current(), QStringLiteral("Change password"));
        closeCurrentDialog();
        window().dialogs()->openRecoveryKey();
        audit(window().dialogs()->current(), QStringLiteral("Recovery key"));
        closeCurrentDialog();
        std::cout << "[ a11y     ] total: " << checkedTotal << std::endl;
    }

    TEST_F(AccessibilityTest, ReadinessAndRestoreBackup)
    {
        startWithAccounts();
        app().assistants().openReadiness();
        auto* readiness = window().findChild<ReadinessDialog*>();
        ASSERT_NE(readiness, nullptr);
        audit(readiness, QStringLiteral("Readiness"));
        readiness->close();
        QCoreApplication::sendPostedEvents(nullptr, QEvent::DeferredDelete);

        const QString folder = directory.filePath(QStringLiteral("backups"));
        ASSERT_TRUE(QDir().mkpath(folder));
        settings->setAutomaticBackupFolder(folder);
        ASSERT_TRUE(app().assistants().automaticBackups()->isActive());
        app().assistants().openRestoreBackup();
        auto* restore = qobject_cast<RestoreBackupDialog*>(QApplication::activeModalWidget());
        ASSERT_NE(restore, nullptr);
        restore->copyList()->setCurrentRow(0);
        audit(restore, QStringLiteral("Restore backup · copies"));
        typeInto(restore->passwordField(), Password);
        restore->openCopy();
        ASSERT_TRUE(waitFor([restore] { return restore->accountList()->isVisible(); }));
        audit(restore, QStringLiteral("Restore backup · accounts"));
        restore->reject();
        std::cout << "[ a11y     ] total: " << checkedTotal << std::endl;
    }

    TEST_F(AccessibilityTest, PhoneSwapWizardPages)
    {
        startWithAccounts();
        app().assistants().openPhoneSwap();
        PhoneSwapWizard* wizard = app().assistants().phoneSwapWizard();
        ASSERT_NE(wizard, nullptr);
        // Both ways: receive (checked), give (checked), done.
        auditWizard(wizard, QStringLiteral("Phone swap"), 2);
        wizard->noteAccountsArrived({github, google});
        auditWizard(wizard, QStringLiteral("Phone swap"), 6);
        wizard->close();
        QCoreApplication::sendPostedEvents(nullptr, QEvent::DeferredDelete);

        // An app that cannot export: the re-enrolment checklist.
        app().assistants().openPhoneSwap();
        wizard = app().assistants().phoneSwapWizard();
        ASSERT_NE(wizard, nullptr);
        wizard->directionPage()->toTesseraButton()->setChecked(true);
        wizard->next();
        const int index = wizard->appsPage()->sourceBox()->findText(QStringLiteral("Microsoft Authenticator"));
        ASSERT_GE(index, 0);
        wizard->appsPage()->sourceBox()->setCurrentIndex(index);
        wizard->next();
        ASSERT_EQ(wizard->currentId(), PhoneSwapWizard::ReEnrolPage);
        audit(wizard, QStringLiteral("Phone swap · set up again"));
        wizard->close();
        QCoreApplication::sendPostedEvents(nullptr, QEvent::DeferredDelete);
        std::cout << "[ a11y     ] total: " << checkedTotal << std::endl;
    }

    TEST_F(AccessibilityTest, RecoveryWizardPages)
    {
        startWithAccounts();
        app().assistants().openRecovery(github);
        RecoveryWizard* wizard = app().assistants().recoveryWizard();
        ASSERT_NE(wizard, nullptr);
        wizard->restart();
        auditWizard(wizard, QStringLiteral("Recovery"), 3);
        ASSERT_EQ(wizard->currentId(), RecoveryWizard::FactorsPage);
        while (wizard->factorsPage()->doneButton()->isEnabled() && !wizard->flow().isPathComplete()) {
            click(wizard->factorsPage()->doneButton());
        }
        wizard->next();
        auditWizard(wizard, QStringLiteral("Recovery"), 2);
        wizard->close();
        QCoreApplication::sendPostedEvents(nullptr, QEvent::DeferredDelete);

        // From the welcome page, without a vault: the account is named by hand.
        app().assistants().openRecovery();
        wizard = app().assistants().recoveryWizard();
        ASSERT_NE(wizard, nullptr);
        wizard->accountPage()->accountBox()->setCurrentIndex(wizard->accountPage()->accountBox()->count() - 1);
        audit(wizard, QStringLiteral("Recovery · another account"));
        wizard->close();
        QCoreApplication::sendPostedEvents(nullptr, QEvent::DeferredDelete);
        std::cout << "[ a11y     ] total: " << checkedTotal << std::endl;
    }

    TEST_F(AccessibilityTest, QuickSearchCameraAndRegionSelector)
    {
        createVault();
        startApp();
        auto quickSearch = LaunchRequest::fromArguments({QStringLiteral("tessera"), QStringLiteral("--quick-search")});
        ASSERT_TRUE(quickSearch.ok());
        app().handle(*quickSearch);
        ASSERT_TRUE(waitFor([this] { return app().quickSearch().isVisible(); }));
        audit(&app().quickSearch(), QStringLiteral("Quick search · locked"));
        typeInto(app().quickSearch().passwordField(), Password);
        QTest::keyClick(app().quickSearch().passwordField(), Qt::Key_Return);
        ASSERT_TRUE(waitFor([this] { return !app().quickSearch().isUnlockShown(); }));
        addAccount(QStringLiteral("GitHub"), QStringLiteral("alice"), GitHubSecret);
        addAccount(QStringLiteral("Google"), QStringLiteral("alice@gmail.com"), GoogleSecret);
        audit(&app().quickSearch(), QStringLiteral("Quick search"));
        app().quickSearch().hide();

        CameraScanDialog camera(&window());
        camera.open();
        audit(&camera, QStringLiteral("Camera scan"));
        camera.reject();

        // The region selector is one control: drawn over the screen, it is named and says its keys.
        QImage screenshot(400, 300, QImage::Format_RGB32);
        screenshot.fill(Qt::white);
        RegionSelector selector(screenshot, QRect(0, 0, 400, 300));
        selector.show();
        ASSERT_TRUE(QTest::qWaitForWindowExposed(&selector));
        QAccessibleInterface* accessible = QAccessible::queryAccessibleInterface(&selector);
        ASSERT_NE(accessible, nullptr);
        EXPECT_FALSE(accessible->text(QAccessible::Name).isEmpty());
        EXPECT_FALSE(accessible->text(QAccessible::Description).isEmpty());
        EXPECT_TRUE(selector.focusPolicy() & Qt::StrongFocus);
        std::cout << "[ a11y     ] total: " << checkedTotal + 1 << std::endl;
    }
}
