/** A short scripted therapy conversation for generated test audio. T = therapist voice, C = client voice. */
export const conversationScript: { speaker: 'T' | 'C'; text: string }[] = [
  { speaker: 'T', text: 'Hello, it is good to see you again. How have you been since our last session?' },
  { speaker: 'C', text: 'Honestly it has been a difficult week. Work was stressful and I did not sleep well.' },
  { speaker: 'T', text: 'That sounds hard. What was the most stressful moment for you?' },
  { speaker: 'C', text: 'My manager asked me to present in front of the whole team, and I felt my heart racing.' },
  { speaker: 'T', text: 'So you noticed the anxiety in your body. What did you tell yourself in that moment?' },
  { speaker: 'C', text: 'I thought everyone would see that I am not good enough for this job.' },
  { speaker: 'T', text: 'It sounds like a familiar thought. How often does it show up?' },
  { speaker: 'C', text: 'Almost every day, especially in the morning before I leave the house.' },
  { speaker: 'T', text: 'Last time we practised slow breathing. Did you try it this week?' },
  { speaker: 'C', text: 'I tried it twice, and the second time it helped a little.' },
  { speaker: 'T', text: 'That is real progress. What made the second time different?' },
  { speaker: 'C', text: 'I did it before the meeting instead of during it, so I felt calmer when I started.' },
  {
    speaker: 'T',
    text: 'Good. For the coming week, could you write down the thought each morning and rate how much you believe it?',
  },
  { speaker: 'C', text: 'Yes, I can do that. I will keep a notebook next to my bed.' },
  { speaker: 'T', text: 'Great. We will look at the notebook together next time.' },
  { speaker: 'C', text: 'Thank you. I feel a bit more hopeful than when I arrived.' },
];
