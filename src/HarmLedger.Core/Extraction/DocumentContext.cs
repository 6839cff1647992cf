using HarmLedger.Gazetteer;
using HarmLedger.Model;

namespace HarmLedger.Extraction;

/// <summary>One document being read: its tokens, sentences and dates; lives for one <c>Extract</c> call.</summary>
internal sealed class DocumentContext
{
    private readonly IPlaceResolver _places;
    private IReadOnlyList<PlaceMention>? _placeMentions;
    private sbyte[]? _lexiconPlaces;
    private PlaceCues[]? _placeCues;
    private int[]? _placeStarts;
    private bool _placesInOrder;
    private bool _countryKnown;
    private string? _country;

    // The dates of sentences 0 to _datesFound - 1, found on first use (DatesOf), and the year the next sentence starts in.
    private readonly List<DateMention>[] _dates;
    private int _datesFound;
    private int? _year;

    /// <summary>Tokenizes and splits the text.</summary>
    public DocumentContext(string text, DateOnly? published, IPlaceResolver places, Vocabulary vocabulary)
    {
        Text = text;
        Published = published;
        _places = places;
        Vocabulary = vocabulary;
        Tokens = Tokenizer.Tokenize(text, Tokenizer.Rent(text.Length));
        vocabulary.Classify(text, Tokens);
        Sentences = SentenceSplitter.Split(text, Tokens);
        _dates = new List<DateMention>[Sentences.Count];
    }

    public string Text { get; }

    public Vocabulary Vocabulary { get; }

    public DateOnly? Published { get; }

    public List<Token> Tokens { get; }

    /// <summary>Hands the token list back for the thread's next document; the context is not used afterwards.</summary>
    public void Release() => Tokenizer.Return(Tokens);

    public List<Sentence> Sentences { get; }

    /// <summary>The dates of a sentence, with those of every sentence before it found first on first use.</summary>
    /// <remarks>
    /// A year stated in one sentence carries over to the next, so sentences are read in order; the dates of sentences
    /// after the last one a claim asks about are never needed (a text with no claim asks none), and not found.
    /// </remarks>
    public List<DateMention> DatesOf(int sentence)
    {
        if (_datesFound == 0)
        {
            _year = Published?.Year ?? DateFinder.FirstYear(Text, Tokens);
        }

        while (_datesFound <= sentence)
        {
            FindDates(Sentences[_datesFound]);
            _datesFound++;
        }

        return _dates[sentence];
    }

    private void FindDates(Sentence s)
    {
        // Only sentences with a number or a capitalised word can hold an absolute date; only some words make a relative one.
        var found = new List<DateMention>(0);
        var absolute = false;
        var relative = false;
        for (var k = s.First; k < s.End; k++)
        {
            var t = Tokens[k];
            absolute |= t.Kind == TokenKind.Number;
            // (Once one cue is found the rest need no look-up.)
            // (A token without the bit is none: IsCue is asked only of those with it.)
            relative = relative || (Published is not null && t.Kind == TokenKind.Word && (t.Classes & Vocabulary.RelativeDateBit) != 0 &&
                                    RelativeDates.IsCue(t.Of(Text)));
        }

        if (absolute)
        {
            DateFinder.Find(Text, Tokens, s, ref _year, found, Published);
        }

        if (relative)
        {
            RelativeDates.Find(Text, Tokens, s, Published, found, s.Index > 0 ? HeadingDay() : null);
            found.Sort((a, b) => a.Token.CompareTo(b.Token));
        }

        _dates[s.Index] = found;
    }

    // A day the text's first sentence states on a line of its own, before the publication date: a heading's
    // ("Russian Military in Syria – July 22nd 2019, Idlib city."), the day the report's weekdays belong to. A wire
    // story's lead paragraph is no heading, nor is a weekday in it ("… opened fire on Thursday night, killing two"
    // then "In a separate incident on Friday": the Friday before publication).
    // (A first sentence that tells of no harm heads the text too, on a line of its own or not: "Violations
    // Documentation Center in Syria — daily summary, Saturday 16 February 2013. The Center recorded 27 deaths … today".)
    private DateOnly? HeadingDay()
    {
        if (Sentences.Count < 2 || Sentences[0].End - Sentences[0].First > MaxHeadingTokens ||
            !(Sentences[1].Paragraph != Sentences[0].Paragraph || Tokens[Sentences[1].First].LineBefore ||
              (Sentences[0].ClassBits(Tokens) & Vocabulary.TriggerBit) == 0))
        {
            return null;
        }

        foreach (var d in _dates[0])
        {
            if (!d.Reported && d.Span is { Precision: DatePrecision.Day, Start: DateOnly day } && (Published is not DateOnly p || day <= p) &&
                RelativeDates.WeekdayOf(Tokens[d.Token].Of(Text)) < 0)
            {
                return day;
            }
        }

        return null;
    }

    private const int MaxHeadingTokens = 30;

    /// <summary>The gazetteer's mentions, found on first use only.</summary>
    public IReadOnlyList<PlaceMention> Places => _placeMentions ??= _places.FindPlaces(Text);

    /// <summary>Whether place mention <paramref name="index"/> is a lexicon word (<see cref="PlaceChooser.IsLexiconWord"/>), worked out once per mention.</summary>
    /// <remarks>Every claim's place search asks it of the text's places; a text with many claims would ask again and again.</remarks>
    public bool IsLexiconPlace(int index)
    {
        // 0: not yet known; 1: a lexicon word; 2: not one.
        var known = _lexiconPlaces ??= new sbyte[Places.Count];
        if (known[index] == 0)
        {
            known[index] = PlaceChooser.IsLexiconWord(this, Places[index]) ? (sbyte)1 : (sbyte)2;
        }

        return known[index] == 1;
    }

    /// <summary>The cues around place mention <paramref name="index"/> (<see cref="PlaceChooser.CuesOf"/>), read once per mention.</summary>
    /// <remarks>Every claim's place search weighs them, at each level it reads; a text with many claims would read them again and again.</remarks>
    public PlaceCues PlaceCuesOf(int index)
    {
        var known = _placeCues ??= new PlaceCues[Places.Count];
        if (known[index] == PlaceCues.None)
        {
            known[index] = PlaceChooser.CuesOf(Text, Places[index]) | PlaceCues.Read;
        }

        return known[index];
    }

    /// <summary>The indices [From, To) of the place mentions that may lie within characters [start, end).</summary>
    /// <remarks>
    /// The gazetteer reports its mentions in text order, so the range is found by binary search; were they ever out of
    /// order, it is every mention. Either way the caller still tests each mention's span.
    /// </remarks>
    public (int From, int To) PlacesWithin(int start, int end)
    {
        if (_placeStarts is null)
        {
            // (The starts in an array of their own: the search reads no mention through the list's interface.)
            _placeStarts = new int[Places.Count];
            _placesInOrder = true;
            for (var k = 0; k < _placeStarts.Length; k++)
            {
                _placeStarts[k] = Places[k].Start;
                _placesInOrder &= k == 0 || _placeStarts[k] >= _placeStarts[k - 1];
            }
        }

        return _placesInOrder ? (FirstStartingAt(_placeStarts, start), FirstStartingAt(_placeStarts, end)) : (0, _placeStarts.Length);
    }

    // The first of the ascending starts at or after `start` (their count when none is).
    private static int FirstStartingAt(int[] starts, int start)
    {
        int lo = 0, hi = starts.Length;
        while (lo < hi)
        {
            var mid = (lo + hi) / 2;
            if (starts[mid] < start)
            {
                lo = mid + 1;
            }
            else
            {
                hi = mid;
            }
        }

        return lo;
    }

    /// <summary>The country the text is about (<see cref="PlaceChooser.TextCountry"/>), worked out on first use only.</summary>
    public string? Country
    {
        get
        {
            if (!_countryKnown)
            {
                _country = PlaceChooser.TextCountry(this);
                _countryKnown = true;
            }

            return _country;
        }
    }

    /// <summary>The character range of a sentence.</summary>
    public (int Start, int End) Chars(int sentence)
    {
        var s = Sentences[sentence];
        return (Tokens[s.First].Start, Tokens[s.End - 1].End);
    }
}
