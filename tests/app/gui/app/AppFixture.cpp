#include "AppFixture.h"

#include "Base32.h"
#include "Credential.h"
#include "MainWindow.h"
#include "PasswordKdf.h"
#include "Vault.h"
#include "app/VaultHolder.h"
#include "pages/AccountsPage.h"
#include "pages/UnlockPage.h"
#include "services/LaunchRequest.h"
#include "widgets/PasswordEdit.h"

#include <QApplication>
#include <QCheckBox>
#include <QClipboard>
#include <QLabel>
#include <QStyle>
#include <QTest>

namespace tessera::gui::test
{
    const QString AppFixture::Password = QStringLiteral("correct horse battery staple");

    void AppFixture::SetUp()
    {
        ASSERT_TRUE(directory.isValid());
        storage = std::make_unique<QSettings>(directory.filePath(QStringLiteral("settings.ini")), QSettings::IniFormat);
        settings = std::make_unique<AppSettings>(*storage);
        QApplication::clipboard()->clear();
    }

    void AppFixture::TearDown()
    {
        m_controller.reset();
        settings.reset();
        storage.reset();
        QApplication::clipboard()->clear();
    }

    void AppFixture::createVault()
    {
        Vault vault(vaultPath());
        auto created = vault.create(Credential::password(Password), PasswordKdf::minimum());
        ASSERT_TRUE(created.ok()) << created.error().message().toStdString();
        vault.lock();
    }

    void AppFixture::startApp()
    {
        AppContext context(*settings, time, clock);
        context.vaultPath = vaultPath();
        context.kdfParameters = [](PasswordKdf::Preset) { return PasswordKdf::minimum(); };
        context.vaultOptions.now = [this] { return clock.nowMilliseconds(); };
        context.desktopIntegration = false;
        m_controller = std::make_unique<AppController>(context);
        auto request = LaunchRequest::fromArguments({QStringLiteral("tessera")});
        ASSERT_TRUE(request.ok());
        m_controller->start(*request);
        MainWindow& window = m_controller->mainWindow();
        ASSERT_TRUE(QTest::qWaitForWindowExposed(&window));
        window.activateWindow();
        ASSERT_TRUE(QTest::qWaitForWindowActive(&window));
    }

    QUuid AppFixture::addAccount(const QString& issuer, const QString& name, const QString& secretBase32)
    {
        Account account(OtpParameters::create(OtpType::Totp, Base32::decode(secretBase32).value()).value());
        account.issuer = issuer;
        account.accountName = name;
        auto id = m_controller->holder().vault().add(account);
        EXPECT_TRUE(id.ok());
        return id.ok() ? *id : QUuid();
    }

    void AppFixture::unlock(const QString& password)
    {
        UnlockPage* page = m_controller->mainWindow().unlockPage();
        ASSERT_EQ(m_controller->mainWindow().currentPage(), page);
        typeInto(page->passwordField(), password);
        QTest::keyClick(page->passwordField(), Qt::Key_Return);
        ASSERT_TRUE(waitFor([this] {
            return m_controller->mainWindow().currentPage()
                == static_cast<QWidget*>(m_controller->mainWindow().accountsPage());
        })) << "the vault did not unlock: "
            << page->errorLabel()->text().toStdString();
    }

    QString AppFixture::vaultPath() const
    {
        return directory.filePath(QStringLiteral("accounts.tessera"));
    }

    QString AppFixture::clipboardText() const
    {
        return QApplication::clipboard()->text(QClipboard::Clipboard);
    }

    QString AppFixture::currentCode(const QUuid& id) const
    {
        auto code = m_controller->holder().vault().code(id, clock.nowSeconds());
        EXPECT_TRUE(code.ok());
        return code.ok() ? *code : QString();
    }

    void AppFixture::typeInto(QWidget* widget, const QString& text)
    {
        ASSERT_NE(widget, nullptr);
        widget->setFocus(Qt::TabFocusReason);
        QTest::keyClicks(widget, text);
    }

    void AppFixture::click(QWidget* widget)
    {
        ASSERT_NE(widget, nullptr);
        ASSERT_TRUE(widget->isVisible()) << widget->objectName().toStdString() << " is not visible";
        ASSERT_TRUE(widget->isEnabled()) << widget->objectName().toStdString() << " is disabled";
        QPoint at = widget->rect().center();
        if (qobject_cast<QCheckBox*>(widget) != nullptr) {
            at.setX(widget->style()->pixelMetric(QStyle::PM_IndicatorWidth, nullptr, widget) / 2 + 1);
        }
        QTest::mouseClick(widget, Qt::LeftButton, Qt::NoModifier, at);
    }

    bool AppFixture::waitFor(const std::function<bool()>& condition, int timeoutMs)
    {
        return QTest::qWaitFor(condition, timeoutMs);
    }
}
