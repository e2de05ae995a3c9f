using System.Globalization;
using System.Text;

namespace KoreaEvents.Core.Benchmarks.Corroboration;

/// <summary>
/// A deterministic (seeded) generator of <c>source,object,value</c> claims shaped like gen_synthetic.py's: about
/// 0.632·√n independent sources (70 % with accuracy 0.55–0.95, 30 % with 0.1–0.4), 8 claims per object on average,
/// 5 values per object with errors concentrated on popular false values, and 5 % extra sources copying the worst ones.
/// </summary>
internal static class SyntheticTruthTable
{
    public static string Csv(int claims, int seed = 42)
    {
        var random = new Random(seed);
        int sources = Math.Max(10, (int)Math.Round(0.632 * Math.Sqrt(claims)));
        int copiers = Math.Max(1, sources / 20);
        int objects = Math.Max(1, claims / 8);
        var accuracy = new double[sources];
        for (int s = 0; s < sources; s++)
        {
            accuracy[s] = random.NextDouble() < 0.3 ? 0.1 + (0.3 * random.NextDouble()) : 0.55 + (0.4 * random.NextDouble());
        }

        var worst = Enumerable.Range(0, sources).OrderBy(s => accuracy[s]).Take(copiers).ToArray();
        var text = new StringBuilder(claims * 24);
        text.Append("source,object,value\n");
        var chosen = new HashSet<int>();
        var given = new Dictionary<int, int>();
        for (int o = 0; o < objects; o++)
        {
            int truth = random.Next(5);
            int k = Math.Min(sources, 1 + Poisson(random, 7));
            chosen.Clear();
            given.Clear();
            while (chosen.Count < k)
            {
                chosen.Add(random.Next(sources));
            }

            foreach (int s in chosen)
            {
                int value = Claim(random, accuracy[s], truth);
                given[s] = value;
                Append(text, "s", s, o, value);
            }

            for (int c = 0; c < copiers; c++)
            {
                if (given.TryGetValue(worst[c], out int copied))
                {
                    Append(text, "c", c, o, random.NextDouble() < 0.9 ? copied : Claim(random, 0.5, truth));
                }
            }
        }

        return text.ToString();
    }

    private static int Claim(Random random, double accuracy, int truth)
    {
        if (random.NextDouble() < accuracy)
        {
            return truth;
        }

        // Zipf-like false values: the first false value is twice as likely as the second, and so on.
        double u = random.NextDouble() * (1 + (1 / 2.0) + (1 / 3.0) + (1 / 4.0));
        int rank = u < 1 ? 0 : u < 1.5 ? 1 : u < 1.8333 ? 2 : 3;
        return (truth + 1 + rank) % 5;
    }

    private static int Poisson(Random random, double lambda)
    {
        double limit = Math.Exp(-lambda), p = 1;
        int k = 0;
        while (true)
        {
            p *= random.NextDouble();
            if (p <= limit)
            {
                return k;
            }

            k++;
        }
    }

    private static void Append(StringBuilder text, string prefix, int source, int obj, int value)
    {
        var inv = CultureInfo.InvariantCulture;
        text.Append(prefix).Append(source.ToString(inv)).Append(",o").Append(obj.ToString(inv)).Append(",v").Append(value.ToString(inv)).Append('\n');
    }
}
