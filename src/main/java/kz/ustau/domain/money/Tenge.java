package kz.ustau.domain.money;

import java.math.BigDecimal;
import java.math.BigInteger;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Objects;
import java.util.stream.IntStream;

/** An amount in Kazakhstani tenge (KZT, теңге), always held at scale 2 (tiyn). Never built from a double. */
public record Tenge(BigDecimal amount) implements Comparable<Tenge> {
    private static final int SCALE = 2;
    public static final Tenge ZERO = ofTiyn(0);

    public Tenge {
        Objects.requireNonNull(amount, "amount");
        try {
            amount = amount.setScale(SCALE, RoundingMode.UNNECESSARY);
        } catch (ArithmeticException e) {
            throw new IllegalArgumentException(
                    "a tenge amount has at most 2 decimals (tiyn), got " + amount.toPlainString(), e);
        }
    }

    /** The one door from an exact intermediate (any scale) to tiyn. */
    public static Tenge rounded(BigDecimal exact, RoundingMode mode) {
        return new Tenge(exact.setScale(SCALE, mode));
    }

    public static Tenge ofTiyn(long tiyn) {
        return new Tenge(BigDecimal.valueOf(tiyn, SCALE));
    }

    /** Parses a plain decimal such as {@code 1234.50}; for code and tests, not for user input. */
    public static Tenge of(String plain) {
        return new Tenge(new BigDecimal(plain));
    }

    public Tenge plus(Tenge other) {
        return new Tenge(amount.add(other.amount));
    }

    public Tenge minus(Tenge other) {
        return new Tenge(amount.subtract(other.amount));
    }

    public Tenge min(Tenge other) {
        return compareTo(other) <= 0 ? this : other;
    }

    public Tenge max(Tenge other) {
        return compareTo(other) >= 0 ? this : other;
    }

    /** This amount, or zero when it is negative. */
    public Tenge atLeastZero() {
        return isNegative() ? ZERO : this;
    }

    public boolean isNegative() {
        return amount.signum() < 0;
    }

    public boolean isZero() {
        return amount.signum() == 0;
    }

    public boolean isPositive() {
        return amount.signum() > 0;
    }

    public boolean isGreaterThan(Tenge other) {
        return compareTo(other) > 0;
    }

    public long tiyn() {
        return amount.unscaledValue().longValueExact();
    }

    public static Tenge sum(List<Tenge> amounts) {
        return amounts.stream().reduce(ZERO, Tenge::plus);
    }

    /**
     * Splits this amount in proportion to {@code weights}; the parts always add up exactly (RULES §6). Each part is
     * rounded down to the tiyn; the leftover tiyn go one each to the largest remainders, ties to the earlier part
     * (callers pass parts in their tie order).
     */
    public List<Tenge> allocate(List<Tenge> weights) {
        if (isNegative()) {
            throw new IllegalArgumentException("cannot allocate a negative amount: " + this);
        }
        if (weights.isEmpty() || weights.stream().anyMatch(Tenge::isNegative)) {
            throw new IllegalArgumentException("weights must be non-empty and >= 0, got " + weights);
        }
        BigInteger total = amount.unscaledValue();
        BigInteger weightSum =
                weights.stream().map(w -> w.amount.unscaledValue()).reduce(BigInteger.ZERO, BigInteger::add);
        if (weightSum.signum() == 0) {
            throw new IllegalArgumentException("weights sum to zero: " + weights);
        }
        List<BigInteger> floors = new ArrayList<>();
        List<BigInteger> remainders = new ArrayList<>();
        for (Tenge w : weights) {
            BigInteger[] qr = total.multiply(w.amount.unscaledValue()).divideAndRemainder(weightSum);
            floors.add(qr[0]);
            remainders.add(qr[1]);
        }
        int leftover = total.subtract(floors.stream().reduce(BigInteger.ZERO, BigInteger::add))
                .intValueExact();
        IntStream.range(0, weights.size())
                .boxed()
                .sorted(Comparator.comparing((Integer i) -> remainders.get(i))
                        .reversed()
                        .thenComparing(i -> i))
                .limit(leftover)
                .forEach(i -> floors.set(i, floors.get(i).add(BigInteger.ONE)));
        return floors.stream().map(t -> new Tenge(new BigDecimal(t, SCALE))).toList();
    }

    @Override
    public int compareTo(Tenge other) {
        return amount.compareTo(other.amount);
    }

    /** The amount as written in every output: {@code .} separator, two decimals, no grouping. */
    /**
     * As people write tenge: the whole tenge in groups of three joined by {@code separator}, a comma, the two tiyn
     * digits, and a leading {@code -} when negative ({@code 1 234 567,89}).
     */
    public String grouped(char separator) {
        // by hand, not String.format: the explanation of a large month writes millions of amounts (issue 21)
        long tiyn = Math.abs(tiyn());
        String whole = Long.toString(tiyn / 100);
        StringBuilder out = new StringBuilder(whole.length() + whole.length() / 3 + 4);
        if (isNegative()) {
            out.append('-');
        }
        for (int i = 0; i < whole.length(); i++) {
            if (i > 0 && (whole.length() - i) % 3 == 0) {
                out.append(separator);
            }
            out.append(whole.charAt(i));
        }
        long cents = tiyn % 100;
        return out.append(',').append(cents < 10 ? "0" : "").append(cents).toString();
    }

    public String plain() {
        return amount.toPlainString();
    }

    @Override
    public String toString() {
        return amount.toPlainString() + " KZT";
    }
}
