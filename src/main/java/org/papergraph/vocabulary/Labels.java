package org.papergraph.vocabulary;

import java.util.Locale;
import java.util.Set;
import org.papergraph.recognize.EntityKeys;

/** Small text helpers that bring catalogue names to the guideline's casing. */
final class Labels {
    // Capitalised words that stay capitalised in a common-noun phrase: names of people, places, languages.
    private static final Set<String> PROPER = Set.of(
            "gaussian", "bayesian", "markov", "monte", "carlo", "boltzmann", "hessian", "fourier", "laplace",
            "laplacian", "hebbian", "euclidean", "wasserstein", "kullback", "leibler", "shapley", "nesterov",
            "newton", "langevin", "xavier", "huber", "dirichlet", "poisson", "bernoulli", "gumbel", "lipschitz",
            "hopfield", "kalman", "gabor", "mahalanobis", "jaccard", "pearson", "spearman", "kendall", "turing",
            "hamiltonian", "lagrangian", "riemannian", "bregman", "levenshtein", "chebyshev", "cauchy", "hadamard",
            "householder", "kronecker", "tikhonov", "hilbert", "banach", "gibbs", "metropolis", "hastings",
            "kohonen", "voronoi", "delaunay", "wiener", "nash", "pareto", "shannon", "fisher", "lyapunov",
            "english", "chinese", "arabic", "japanese", "german", "french", "spanish", "hindi", "korean",
            "russian", "bengali", "urdu", "persian", "turkish", "vietnamese", "indonesian", "portuguese",
            "italian", "dutch", "african", "indian", "american", "european", "atari", "wikipedia", "twitter",
            "reddit", "python", "sql", "minecraft", "starcraft", "dota", "go", "chess", "internet", "web",
            "lidar", "gpu", "cpu", "bert", "transformer", "imagenet", "coco", "ising", "potts", "zipf");

    private Labels() {}

    /** True if every word of the name is a plain word ("Weight Tying", "few-shot"), so it reads as a common noun. */
    static boolean isPlainPhrase(String name) {
        for (String part : name.strip().split("[\\s\\-]+")) {
            if (!part.matches("[A-Z]?[a-z]+")) return false;
        }
        return true;
    }

    /** Lower-cases the capitalised plain words of a catalogue name ("Few-Shot Object Detection" -> "few-shot object detection"), keeping acronyms, mixed case and proper names. */
    static String lowerCommonWords(String name) {
        StringBuilder out = new StringBuilder();
        // Split keeping the separators, so spacing and hyphens come back unchanged.
        for (String piece : name.strip().split("(?<=[\\s\\-])|(?=[\\s\\-])")) {
            boolean plain = piece.matches("[A-Z][a-z]+") && !PROPER.contains(piece.toLowerCase(Locale.ROOT));
            out.append(plain ? piece.toLowerCase(Locale.ROOT) : piece);
        }
        return out.toString();
    }

    /** The name with its last word in the singular, taking the singular from the entity key ("Activation Functions" -> "Activation function"). */
    static String singularLast(String name) {
        String t = name.strip();
        int space = t.lastIndexOf(' ');
        String last = t.substring(space + 1);
        if (!last.matches("[A-Za-z]+")) return t;
        String key = EntityKeys.key(t);
        String keyLast = key.substring(key.lastIndexOf(' ') + 1);
        if (!last.toLowerCase(Locale.ROOT).startsWith(keyLast) || keyLast.length() == last.length()) {
            // "ies" -> "y" is the only change that is not a cut; recognise it from the key.
            if (!(last.toLowerCase(Locale.ROOT).endsWith("ies") && keyLast.endsWith("y"))) return t;
        }
        String singular = Character.isUpperCase(last.charAt(0))
                ? Character.toUpperCase(keyLast.charAt(0)) + keyLast.substring(1) : keyLast;
        return t.substring(0, space + 1) + singular;
    }

    /** Collapses white space and trims quotes and stray punctuation at the ends. */
    static String clean(String raw) {
        if (raw == null) return "";
        String t = raw.replace('\u00a0', ' ').replaceAll("\\s+", " ").strip();
        t = t.replaceAll("^[\"'`]+|[\"'`]+$", "").strip();
        if (t.endsWith("...")) t = t.substring(0, t.length() - 3).strip();
        return t;
    }
}
