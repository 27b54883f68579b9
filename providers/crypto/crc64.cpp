#include "providers/crypto/crc64.h"

#include <array>
#include <lzma.h>

#if (defined(__GNUC__) || defined(__clang__)) && (defined(__x86_64__) || defined(__i386__))
#define BB_CRC64_CLMUL 1
#include <immintrin.h>
#endif

namespace bb {

namespace {

constexpr uint64_t reflectedPoly = 0xC96C5795D7870F42ULL; // ECMA-182, bit-reversed

#ifdef BB_CRC64_CLMUL

// x^n mod P in the reflected layout (bit i is the coefficient of x^(63-i)): one bitwise CRC
// step per power of x.
constexpr uint64_t xPowModP(int n)
{
    uint64_t r = uint64_t(1) << 63; // x^0
    for (int i = 0; i < n; ++i)
        r = (r >> 1) ^ ((r & 1) ? reflectedPoly : 0);
    return r;
}

// Folding constants for carrying a 128-bit remainder d bits forward: its high-degree half (the
// low qword, reflected) multiplies by x^(d+64), its low-degree half by x^d; a reflected
// carry-less product carries one extra factor x, hence the -1.
struct FoldConstants
{
    uint64_t low;
    uint64_t high;
};
constexpr FoldConstants foldBy(int bits)
{
    return {xPowModP(bits + 63), xPowModP(bits - 1)};
}
constexpr FoldConstants fold128 = foldBy(128);
constexpr FoldConstants fold512 = foldBy(512);
constexpr qsizetype clmulMinimum = 64;

__attribute__((target("pclmul,sse2"))) inline __m128i fold(__m128i x, __m128i k)
{
    return _mm_xor_si128(_mm_clmulepi64_si128(x, k, 0x00), _mm_clmulepi64_si128(x, k, 0x11));
}

// Carry-less-multiply folding (Intel's "Fast CRC Computation for Generic Polynomials Using
// PCLMULQDQ", reflected form): four 128-bit lanes fold 64 bytes per step, collapse into one, and
// the last 16-byte remainder goes through liblzma's table, which also handles the tail. About
// ten times liblzma 5.4's table speed, which downloads otherwise spend a sizeable share of
// their CPU on. Needs size >= clmulMinimum.
__attribute__((target("pclmul,sse2"))) uint64_t crcClmul(const uint8_t *data, size_t size, uint64_t crc)
{
    const __m128i k512 = _mm_set_epi64x(qint64(fold512.high), qint64(fold512.low));
    const __m128i k128 = _mm_set_epi64x(qint64(fold128.high), qint64(fold128.low));
    const auto load = [](const uint8_t *p) {
        return _mm_loadu_si128(reinterpret_cast<const __m128i *>(p));
    };

    // The register of a reflected CRC lines up with the first eight message bytes: xor it in and
    // continue from a zero register.
    __m128i x0 = _mm_xor_si128(load(data), _mm_set_epi64x(0, qint64(~crc)));
    __m128i x1 = load(data + 16);
    __m128i x2 = load(data + 32);
    __m128i x3 = load(data + 48);
    data += 64;
    size -= 64;
    for (; size >= 64; data += 64, size -= 64) {
        x0 = _mm_xor_si128(fold(x0, k512), load(data));
        x1 = _mm_xor_si128(fold(x1, k512), load(data + 16));
        x2 = _mm_xor_si128(fold(x2, k512), load(data + 32));
        x3 = _mm_xor_si128(fold(x3, k512), load(data + 48));
    }
    x1 = _mm_xor_si128(fold(x0, k128), x1);
    x2 = _mm_xor_si128(fold(x1, k128), x2);
    x3 = _mm_xor_si128(fold(x2, k128), x3);
    for (; size >= 16; data += 16, size -= 16)
        x3 = _mm_xor_si128(fold(x3, k128), load(data));

    // x3 is now a 16-byte message congruent to everything so far; its CRC from a zero register
    // (liblzma's initial value ~0 inverts to zero) is the CRC of the prefix.
    alignas(16) uint8_t remainder[16];
    _mm_store_si128(reinterpret_cast<__m128i *>(remainder), x3);
    crc = lzma_crc64(remainder, sizeof remainder, ~uint64_t(0));
    return lzma_crc64(data, size, crc);
}

bool haveClmul()
{
    static const bool have = __builtin_cpu_supports("pclmul") && __builtin_cpu_supports("sse2");
    return have;
}

#endif

} // namespace

void Crc64::update(QByteArrayView data)
{
    const auto *bytes = reinterpret_cast<const uint8_t *>(data.data());
#ifdef BB_CRC64_CLMUL
    if (data.size() >= clmulMinimum && haveClmul()) {
        m_value = crcClmul(bytes, size_t(data.size()), m_value);
        return;
    }
#endif
    m_value = lzma_crc64(bytes, size_t(data.size()), m_value);
}

uint64_t Crc64::of(QByteArrayView data)
{
    Crc64 crc;
    crc.update(data);
    return crc.value();
}

namespace {

using Matrix = std::array<uint64_t, 64>; // GF(2) 64x64: column i is the image of bit i

uint64_t times(const Matrix &matrix, uint64_t vector)
{
    uint64_t sum = 0;
    for (int i = 0; vector; ++i, vector >>= 1) {
        if (vector & 1)
            sum ^= matrix[size_t(i)];
    }
    return sum;
}

Matrix square(const Matrix &matrix)
{
    Matrix out;
    for (size_t i = 0; i < 64; ++i)
        out[i] = times(matrix, matrix[i]);
    return out;
}

} // namespace

// The operators that append 2^k zero bytes to a CRC register, k = 0..62: built once by
// squaring (zlib's crc32_combine method, GF(2) matrices), so that combine() costs at most 63
// matrix-vector products (a few microseconds) whatever the length.
static const std::array<Matrix, 63> &zeroBytePowers()
{
    static const std::array<Matrix, 63> powers = [] {
        Matrix bit; // one zero bit
        bit[0] = reflectedPoly;
        for (size_t i = 1; i < 64; ++i)
            bit[i] = uint64_t(1) << (i - 1);
        std::array<Matrix, 63> out;
        out[0] = square(square(square(bit))); // eight zero bits
        for (size_t k = 1; k < out.size(); ++k)
            out[k] = square(out[k - 1]);
        return out;
    }();
    return powers;
}

uint64_t Crc64::combine(uint64_t crcA, uint64_t crcB, qint64 lengthB)
{
    // Appending zeros is linear on the register and init/xorout (all ones) cancel out, so
    // crc(A + B) = zeros^lengthB(crc(A)) ^ crc(B).
    if (lengthB <= 0)
        return crcA;
    const auto &powers = zeroBytePowers();
    auto length = quint64(lengthB);
    for (size_t k = 0; length; ++k, length >>= 1) {
        if (length & 1)
            crcA = times(powers[k], crcA);
    }
    return crcA ^ crcB;
}

} // namespace bb
