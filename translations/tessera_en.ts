<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en">
<context>
    <name>tessera::AegisFormat</name>
    <message numerus="yes">
        <source>Aegis files cannot hold recovery information (recovery codes, email, phone): %n account(s) lose it in this export.</source>
        <translation>
            <numerusform>Aegis files cannot hold recovery information (recovery codes, email, phone): %n account loses it in this export.</numerusform>
            <numerusform>Aegis files cannot hold recovery information (recovery codes, email, phone): %n accounts lose it in this export.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>tessera::GoogleMigrationFormat</name>
    <message numerus="yes">
        <source>Line(s) %1 hold otpauth:// links, which are not part of a Google Authenticator export; import the file as an otpauth:// list to include them.</source>
        <extracomment>%1 is a list of line numbers; their count selects the plural form.</extracomment>
        <translation>
            <numerusform>Line %1 holds an otpauth:// link, which is not part of a Google Authenticator export; import the file as an otpauth:// list to include it.</numerusform>
            <numerusform>Lines %1 hold otpauth:// links, which are not part of a Google Authenticator export; import the file as an otpauth:// list to include them.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>tessera::GoogleMigrationImport</name>
    <message numerus="yes">
        <source>%n more codes are missing; scan them too to import their accounts.</source>
        <translation>
            <numerusform>%n more code is missing; scan it too to import its accounts.</numerusform>
            <numerusform>%n more codes are missing; scan them too to import their accounts.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>tessera::ReadinessAudit</name>
    <message numerus="yes">
        <source>The newest backup with %1 is %n days old (%2): anything changed since is in no backup.</source>
        <translation>
            <numerusform>The newest backup with %1 is %n day old (%2): anything changed since is in no backup.</numerusform>
            <numerusform>The newest backup with %1 is %n days old (%2): anything changed since is in no backup.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>All %n recovery codes stored for %1 have been used: none is left to sign in with.</source>
        <translation>
            <numerusform>The %n recovery code stored for %1 has been used: none is left to sign in with.</numerusform>
            <numerusform>All %n recovery codes stored for %1 have been used: none is left to sign in with.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n findings</source>
        <translation>
            <numerusform>%n finding</numerusform>
            <numerusform>%n findings</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n warnings</source>
        <translation>
            <numerusform>%n warning</numerusform>
            <numerusform>%n warnings</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>tessera::Resync</name>
    <message numerus="yes">
        <source>The code matches this account %n periods ahead (about %1 s). The clock of one of the two devices is off: check the clock.</source>
        <translation>
            <numerusform>The code matches this account %n period ahead (about %1 s). The clock of one of the two devices is off: check the clock.</numerusform>
            <numerusform>The code matches this account %n periods ahead (about %1 s). The clock of one of the two devices is off: check the clock.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>The code matches this account %n periods behind (about %1 s). The clock of one of the two devices is off: check the clock.</source>
        <translation>
            <numerusform>The code matches this account %n period behind (about %1 s). The clock of one of the two devices is off: check the clock.</numerusform>
            <numerusform>The code matches this account %n periods behind (about %1 s). The clock of one of the two devices is off: check the clock.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>No code within %n periods either side of now matches, with these or common other settings. The seed is probably not the one the provider has.</source>
        <translation>
            <numerusform>No code within %n period either side of now matches, with these or common other settings. The seed is probably not the one the provider has.</numerusform>
            <numerusform>No code within %n periods either side of now matches, with these or common other settings. The seed is probably not the one the provider has.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>tessera::UriListFormat</name>
    <message numerus="yes">
        <source>otpauth:// links cannot hold recovery information (recovery codes, email, phone), notes or tags: %n account(s) lose recovery information in this export.</source>
        <translation>
            <numerusform>otpauth:// links cannot hold recovery information (recovery codes, email, phone), notes or tags: %n account loses recovery information in this export.</numerusform>
            <numerusform>otpauth:// links cannot hold recovery information (recovery codes, email, phone), notes or tags: %n accounts lose recovery information in this export.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>tessera::gui::AccountRowDelegate</name>
    <message numerus="yes">
        <source>The code changes in %n second(s)</source>
        <translation>
            <numerusform>The code changes in %n second</numerusform>
            <numerusform>The code changes in %n seconds</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>tessera::gui::AccountsPage</name>
    <message numerus="yes">
        <source> · Locked in %n min</source>
        <comment>auto-lock countdown</comment>
        <translation>
            <numerusform> · Locked in %n min</numerusform>
            <numerusform> · Locked in %n min</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>tessera::gui::AssistantLauncher</name>
    <message numerus="yes">
        <source>%n account(s) brought back.</source>
        <translation>
            <numerusform>%n account brought back.</numerusform>
            <numerusform>%n accounts brought back.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n critical finding(s): as things stand, an account could not be recovered. Click to see the findings.</source>
        <translation>
            <numerusform>%n critical finding: as things stand, an account could not be recovered. Click to see the findings.</numerusform>
            <numerusform>%n critical findings: as things stand, an account could not be recovered. Click to see the findings.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n account(s) are not in a recent backup.</source>
        <translation>
            <numerusform>%n account is not in a recent backup.</numerusform>
            <numerusform>%n accounts are not in a recent backup.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>tessera::gui::ImportReviewDialog</name>
    <message numerus="yes">
        <source>%n entries found. Tick the accounts to add to the vault.</source>
        <translation>
            <numerusform>%n entry found. Tick the account to add it to the vault.</numerusform>
            <numerusform>%n entries found. Tick the accounts to add to the vault.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n entries found in %1. Tick the accounts to add to the vault.</source>
        <translation>
            <numerusform>%n entry found in %1. Tick the account to add it to the vault.</numerusform>
            <numerusform>%n entries found in %1. Tick the accounts to add to the vault.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>tessera::gui::RecoveryCodesEditor</name>
    <message numerus="yes">
        <source>Added %n code(s).</source>
        <translation>
            <numerusform>Added %n code.</numerusform>
            <numerusform>Added %n codes.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n line(s) already stored or repeated.</source>
        <translation>
            <numerusform>%n line already stored or repeated.</numerusform>
            <numerusform>%n lines already stored or repeated.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n code(s) stored, %1 not used yet. Copying a code marks it used.</source>
        <translation>
            <numerusform>%n code stored, %1 not used yet. Copying a code marks it used.</numerusform>
            <numerusform>%n codes stored, %1 not used yet. Copying a code marks it used.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>tessera::gui::RecoveryTroubleshootPage</name>
    <message numerus="yes">
        <source>%1 holds %n account(s), none of them %2.</source>
        <translation>
            <numerusform>%1 holds %n account, none of them %2.</numerusform>
            <numerusform>%1 holds %n accounts, none of them %2.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Found in the backup and added to Tessera (%n account(s)).</source>
        <translation>
            <numerusform>Found in the backup and added to Tessera (%n account).</numerusform>
            <numerusform>Found in the backup and added to Tessera (%n accounts).</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>tessera::gui::RestoreBackupDialog</name>
    <message numerus="yes">
        <source>%1: %n account(s)</source>
        <translation>
            <numerusform>%1: %n account</numerusform>
            <numerusform>%1: %n accounts</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>tessera::gui::SwapDonePage</name>
    <message numerus="yes">
        <source>%1 of %n account(s) from the old phone checked in Tessera.</source>
        <translation>
            <numerusform>%1 of %n account from the old phone checked in Tessera.</numerusform>
            <numerusform>%1 of %n accounts from the old phone checked in Tessera.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1 of %n account(s) checked on the new phone.</source>
        <translation>
            <numerusform>%1 of %n account checked on the new phone.</numerusform>
            <numerusform>%1 of %n accounts checked on the new phone.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>tessera::gui::SwapReceivePage</name>
    <message numerus="yes">
        <source>%n account(s) arrived. Add the rest the same way, then continue.</source>
        <translation>
            <numerusform>%n account arrived. Add the rest the same way, then continue.</numerusform>
            <numerusform>%n accounts arrived. Add the rest the same way, then continue.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>tessera::gui::SwapVerifyPage</name>
    <message numerus="yes">
        <source>%1 of %n account(s) checked.</source>
        <translation>
            <numerusform>%1 of %n account checked.</numerusform>
            <numerusform>%1 of %n accounts checked.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>tessera::gui::TrashListModel</name>
    <message numerus="yes">
        <source>Deleted %n day(s) ago</source>
        <translation>
            <numerusform>Deleted %n day ago</numerusform>
            <numerusform>Deleted %n days ago</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>removed for good in %n day(s)</source>
        <translation>
            <numerusform>removed for good in %n day</numerusform>
            <numerusform>removed for good in %n days</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>tessera::gui::TrashPage</name>
    <message numerus="yes">
        <source>Deleted accounts stay here for %n day(s), then they are removed for good.</source>
        <translation>
            <numerusform>Deleted accounts stay here for %n day, then they are removed for good.</numerusform>
            <numerusform>Deleted accounts stay here for %n days, then they are removed for good.</numerusform>
        </translation>
    </message>
</context>
</TS>
