#include "ForeignCrypto.h"

#include <QElapsedTimer>

#include <gtest/gtest.h>

using namespace tessera;

namespace
{
    QByteArray hex(const char* text)
    {
        return QByteArray::fromHex(text);
    }

    SecureBytes key(const QByteArray& bytes)
    {
        return SecureBytes::copyOf(bytes);
    }

    QByteArray bytesOf(const SecureBytes& secure)
    {
        return secure.view().toByteArray();
    }
}

// RFC 7914 section 12.
TEST(ForeignCrypto, ScryptRfc7914Vectors)
{
    auto a = ForeignCrypto::scrypt("", "", {16, 1, 1}, 64);
    ASSERT_TRUE(a.ok()) << a.error().message().toStdString();
    EXPECT_EQ(bytesOf(*a).toHex(),
        QByteArray("77d6576238657b203b19ca42c18a0497f16b4844e3074ae8dfdffa3fede21442fcd0069ded"
                   "0948f8326a753a0fc81f17e8d3e0fb2e0d3628cf35e20c38d18906"));
    auto b = ForeignCrypto::scrypt("password", "NaCl", {1024, 8, 16}, 64);
    ASSERT_TRUE(b.ok());
    EXPECT_EQ(bytesOf(*b).toHex(),
        QByteArray("fdbabe1c9d3472007856e7190d01e9fe7c6ad7cbc8237830e77376634b3731622eaf30d92e"
                   "22a3886ff109279d9830dac727afb94a83ee6d8360cbdfa2cc0640"));
    auto c = ForeignCrypto::scrypt("pleaseletmein", "SodiumChloride", {16384, 8, 1}, 64);
    ASSERT_TRUE(c.ok());
    EXPECT_EQ(bytesOf(*c).toHex(),
        QByteArray("7023bdcb3afd7348461c06cd81fd38ebfda8fbba904f8e3ea9b543f6545da1f2d5432955613f"
                   "0fcf62d49705242a9af9e61e85dc0d651e40dfcf017b45575887"));
}

// Aegis's parameters need 33.5 MB, above OpenSSL's 32 MiB default limit: the explicit maxmem must let it through.
// Expected value from python3-cryptography's Scrypt.
TEST(ForeignCrypto, ScryptWithAegisParametersExceedsOpenSslDefaultLimit)
{
    auto derived = ForeignCrypto::scrypt("test", "0123456789abcdef0123456789abcdef", {32768, 8, 1}, 32);
    ASSERT_TRUE(derived.ok()) << derived.error().message().toStdString();
    EXPECT_EQ(
        bytesOf(*derived).toHex(), QByteArray("16f24ac20b3bc911ceffc1545edebb6a6e60c8f7599006f7388d65fc9545e6e3"));
}

TEST(ForeignCrypto, ScryptRefusesHostileParameters)
{
    for (const ForeignCrypto::ScryptParameters& p :
        {ForeignCrypto::ScryptParameters{1ULL << 21, 8, 1}, ForeignCrypto::ScryptParameters{3000, 8, 1},
            ForeignCrypto::ScryptParameters{0, 8, 1}, ForeignCrypto::ScryptParameters{1, 8, 1},
            ForeignCrypto::ScryptParameters{1024, 33, 1}, ForeignCrypto::ScryptParameters{1024, 0, 1},
            ForeignCrypto::ScryptParameters{1024, 8, 17}, ForeignCrypto::ScryptParameters{1024, 8, 0},
            ForeignCrypto::ScryptParameters{1ULL << 20, 16, 1}, ForeignCrypto::ScryptParameters{1ULL << 20, 8, 5}}) {
        QElapsedTimer timer;
        timer.start();
        auto result = ForeignCrypto::scrypt("pw", "salt", p, 32);
        ASSERT_FALSE(result.ok()) << p.n << " " << p.r << " " << p.p;
        EXPECT_EQ(result.error().kind(), Error::Kind::Unsupported);
        EXPECT_FALSE(result.error().message().isEmpty());
        EXPECT_LT(timer.elapsed(), 100);
    }
    EXPECT_TRUE(ForeignCrypto::checkScrypt({1ULL << 20, 8, 1}).ok());
    EXPECT_TRUE(ForeignCrypto::checkScrypt({1ULL << 15, 32, 16}).ok());
}

// RFC 6070 (SHA-1), RFC 7914 section 11 (SHA-256); SHA-512 from Python's hashlib.
TEST(ForeignCrypto, Pbkdf2Vectors)
{
    auto sha1 = ForeignCrypto::pbkdf2(ForeignCrypto::Digest::Sha1, "password", "salt", 4096, 20);
    ASSERT_TRUE(sha1.ok());
    EXPECT_EQ(bytesOf(*sha1).toHex(), QByteArray("4b007901b765489abead49d926f721d065a429c1"));
    auto sha256 = ForeignCrypto::pbkdf2(ForeignCrypto::Digest::Sha256, "passwd", "salt", 1, 64);
    ASSERT_TRUE(sha256.ok());
    EXPECT_EQ(bytesOf(*sha256).toHex(),
        QByteArray("55ac046e56e3089fec1691c22544b605f94185216dde0465e68b9d57c20dacbc49"
                   "ca9cccf179b645991664b39d77ef317c71b845b1e30bd509112041d3a19783"));
    auto sha512 = ForeignCrypto::pbkdf2(ForeignCrypto::Digest::Sha512, "password", "salt", 1000, 64);
    ASSERT_TRUE(sha512.ok());
    EXPECT_EQ(bytesOf(*sha512).toHex(),
        QByteArray("afe6c5530785b6cc6b1c6453384731bd5ee432ee549fd42fb6695779ad8a1c5bf5"
                   "9de69c48f774efc4007d5298f9033c0241d5ab69305e7b64eceeb8d834cfec"));
}

TEST(ForeignCrypto, Pbkdf2RefusesIterationsOutOfBounds)
{
    for (const quint32 iterations : {0U, ForeignCrypto::MaxPbkdf2Iterations + 1, 0xFFFFFFFFU}) {
        auto result = ForeignCrypto::pbkdf2(ForeignCrypto::Digest::Sha1, "pw", "salt", iterations, 32);
        ASSERT_FALSE(result.ok());
        EXPECT_EQ(result.error().kind(), Error::Kind::Unsupported);
        EXPECT_TRUE(result.error().message().contains(QString::number(iterations)));
    }
}

// Values computed with Debian's `argon2` tool (printf password | argon2 somesalt -id -t T -k M -p P -l 32 -r).
TEST(ForeignCrypto, Argon2idWithSeveralLanesMatchesReferenceTool)
{
    auto four = ForeignCrypto::argon2id("password", "somesalt", {2, 65536, 4}, 32);
    ASSERT_TRUE(four.ok()) << four.error().message().toStdString();
    EXPECT_EQ(bytesOf(*four).toHex(), QByteArray("1a9677b0afe81fda7b548895e7a1bfeb8668ffc19a530e37e088a668fab1c02a"));
    auto small = ForeignCrypto::argon2id("password", "somesalt", {3, 256, 4}, 32);
    ASSERT_TRUE(small.ok());
    EXPECT_EQ(bytesOf(*small).toHex(), QByteArray("079f6391325e5abd176a714532606b86314eefcbab56837ddcff0a4dfd7b0436"));
    auto one = ForeignCrypto::argon2id("password", "somesalt", {1, 8192, 1}, 32);
    ASSERT_TRUE(one.ok());
    EXPECT_EQ(bytesOf(*one).toHex(), QByteArray("07200454a4c2369a893741c6bf6355f29bf357857cc5eb8e8795104fbe70a38e"));
}

TEST(ForeignCrypto, Argon2RefusesHostileParameters)
{
    for (const ForeignCrypto::Argon2Parameters& p : {ForeignCrypto::Argon2Parameters{0, 65536, 4},
             ForeignCrypto::Argon2Parameters{21, 65536, 4}, ForeignCrypto::Argon2Parameters{3, (1U << 20) + 1, 4},
             ForeignCrypto::Argon2Parameters{3, 0xFFFFFFFFU, 4}, ForeignCrypto::Argon2Parameters{3, 65536, 0},
             ForeignCrypto::Argon2Parameters{3, 65536, 17}, ForeignCrypto::Argon2Parameters{3, 16, 4}}) {
        auto result = ForeignCrypto::argon2id("pw", "somesalt", p, 32);
        ASSERT_FALSE(result.ok()) << p.iterations << " " << p.memoryKiB << " " << p.lanes;
        EXPECT_EQ(result.error().kind(), Error::Kind::Unsupported);
    }
    auto shortSalt = ForeignCrypto::argon2id("pw", "salt", {1, 64, 1}, 32);
    ASSERT_FALSE(shortSalt.ok());
}

// NIST GCM test case 16 (256-bit key, AAD).
TEST(ForeignCrypto, AesGcmNistVectorBothTagLayouts)
{
    const auto k = key(hex("feffe9928665731c6d6a8f9467308308feffe9928665731c6d6a8f9467308308"));
    const QByteArray iv = hex("cafebabefacedbaddecaf888");
    const QByteArray plaintext
        = hex("d9313225f88406e5a55909c5aff5269a86a7a9531534f7da2e4c303d8a318a721c3c0c95956809532f"
              "cf0e2449a6b525b16aedf5aa0de657ba637b39");
    const QByteArray aad = hex("feedfacedeadbeeffeedfacedeadbeefabaddad2");
    const QByteArray ciphertext
        = hex("522dc1f099567d07f47f37a32a84427d643a8cdcbfe5c0c97598a2bd2555d1aa8cb08e48590dbb3da"
              "7b08b1056828838c5f61e6393ba7a0abcc9f662");
    const QByteArray tag = hex("76fc6ece0f4e1768cddf8853bb2d551b");

    auto sealed = ForeignCrypto::aesGcmEncrypt(k, iv, plaintext, aad);
    ASSERT_TRUE(sealed.ok());
    EXPECT_EQ(sealed->ciphertext, ciphertext);
    EXPECT_EQ(sealed->tag, tag);

    auto separate = ForeignCrypto::aesGcmDecrypt(k, iv, ciphertext, tag, aad);
    ASSERT_TRUE(separate.ok());
    EXPECT_EQ(bytesOf(*separate), plaintext);
    auto appended = ForeignCrypto::aesGcmDecryptAppended(k, iv, QByteArray(ciphertext + tag), aad);
    ASSERT_TRUE(appended.ok());
    EXPECT_EQ(bytesOf(*appended), plaintext);

    // Any change: the AAD, a ciphertext bit, the tag, the key.
    EXPECT_FALSE(ForeignCrypto::aesGcmDecrypt(k, iv, ciphertext, tag, "other").ok());
    EXPECT_FALSE(ForeignCrypto::aesGcmDecrypt(k, iv, ciphertext, tag).ok());
    QByteArray flipped = ciphertext;
    flipped[3] = static_cast<char>(flipped[3] ^ 1);
    auto changed = ForeignCrypto::aesGcmDecrypt(k, iv, flipped, tag, aad);
    ASSERT_FALSE(changed.ok());
    EXPECT_EQ(changed.error().kind(), Error::Kind::Corrupt);
    EXPECT_FALSE(ForeignCrypto::aesGcmDecryptAppended(k, iv, QByteArray(ciphertext + tag).chopped(1), aad).ok());
    EXPECT_FALSE(ForeignCrypto::aesGcmDecryptAppended(k, iv, "short", aad).ok());
    EXPECT_FALSE(ForeignCrypto::aesGcmDecrypt(key(QByteArray(32, 'k')), iv, ciphertext, tag, aad).ok());
    EXPECT_FALSE(ForeignCrypto::aesGcmDecrypt(key(QByteArray(16, 'k')), iv, ciphertext, tag, aad).ok());
}

TEST(ForeignCrypto, AesGcmEmptyPlaintext)
{
    const auto k = key(QByteArray(32, '\x01'));
    auto sealed = ForeignCrypto::aesGcmEncrypt(k, QByteArray(12, '\x02'), QByteArrayView());
    ASSERT_TRUE(sealed.ok());
    EXPECT_TRUE(sealed->ciphertext.isEmpty());
    auto opened = ForeignCrypto::aesGcmDecrypt(k, QByteArray(12, '\x02'), QByteArrayView(), sealed->tag);
    ASSERT_TRUE(opened.ok());
    EXPECT_TRUE(opened->isEmpty());
}

// Expected ciphertext from python3-cryptography.
TEST(ForeignCrypto, AesCbcWithPadding)
{
    QByteArray keyBytes;
    QByteArray iv;
    for (int i = 0; i < 32; ++i) {
        keyBytes.append(static_cast<char>(i));
    }
    for (int i = 0; i < 16; ++i) {
        iv.append(static_cast<char>(i));
    }
    const auto k = key(keyBytes);
    const QByteArray expected
        = hex("4846f83aa211e239aa62a21f527f089ee9ddbead30ee15d4e79b607a621b97be038b06d28923c94bca2c"
              "60df36761146");
    auto encrypted = ForeignCrypto::aesCbcEncrypt(k, iv, "The quick brown fox jumps over the lazy dog");
    ASSERT_TRUE(encrypted.ok());
    EXPECT_EQ(*encrypted, expected);
    auto decrypted = ForeignCrypto::aesCbcDecrypt(k, iv, expected);
    ASSERT_TRUE(decrypted.ok());
    EXPECT_EQ(decrypted->view(), QByteArrayView("The quick brown fox jumps over the lazy dog"));

    auto wrong = ForeignCrypto::aesCbcDecrypt(key(QByteArray(32, 'x')), iv, expected);
    if (!wrong.ok()) {
        EXPECT_EQ(wrong.error().kind(), Error::Kind::Corrupt);
    }
    EXPECT_FALSE(ForeignCrypto::aesCbcDecrypt(k, iv, expected.chopped(3)).ok());
    EXPECT_FALSE(ForeignCrypto::aesCbcDecrypt(k, iv, QByteArray()).ok());
    EXPECT_FALSE(ForeignCrypto::aesCbcDecrypt(k, "short iv", expected).ok());
}

// RFC 4231 test case 2, RFC 5869 test case 1 (expand step), FIPS 180-2.
TEST(ForeignCrypto, HmacHkdfAndSha256Vectors)
{
    EXPECT_EQ(ForeignCrypto::hmacSha256(key("Jefe"), "what do ya want for nothing?").toHex(),
        QByteArray("5bdcc146bf60754e6a042426089575c75a003f089d2739839dec58b964ec3843"));
    auto okm = ForeignCrypto::hkdfExpandSha256(
        key(hex("077709362c2e32df0ddc3f0dc47bba6390b6c73bb50f9c3122ec844ad7c2b3e5")), hex("f0f1f2f3f4f5f6f7f8f9"), 42);
    ASSERT_TRUE(okm.ok());
    EXPECT_EQ(bytesOf(*okm).toHex(),
        QByteArray("3cb25f25faacd57a90434f64d0362f2a2d2d0a90cf1a5a4c5db02d56ecc4c5bf34007208d5b887185865"));
    EXPECT_FALSE(ForeignCrypto::hkdfExpandSha256(key(QByteArray(32, 'k')), "x", 255 * 32 + 1).ok());
    EXPECT_EQ(ForeignCrypto::sha256("abc").toHex(),
        QByteArray("ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad"));
    EXPECT_EQ(bytesOf(ForeignCrypto::sha256Key("abc")), ForeignCrypto::sha256("abc"));
}
