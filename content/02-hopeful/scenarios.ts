import type { ScenarioBank } from '../../src/domain/content/content-types';

export default {
  module: 'hopeful',
  questions: [
    {
      id: 'hop-warmline-fourth-time',
      kind: 'single',
      value: 'hopeful',
      setting: 'warmline',
      title: 'The fourth time',
      situation:
        'Luis, 38, calls the peer warmline one evening. He says he has returned to use for the fourth time in two years. "People like me don’t get better," he says. "I’m just fooling myself."',
      prompt: 'What is the most helpful response?',
      options: [
        {
          id: 'name-pain',
          text: 'Say, "Four times sounds exhausting, and I can hear how let down you feel." Then ask what the stretches in between were like and what helped him then.',
          feedback:
            'This offers hope the honest way. It names his pain first, then points to real progress he has already made. It makes no promises and lets him find his own reasons to keep going.',
          best: true,
        },
        {
          id: 'cheer',
          text: 'Say, "Don’t talk like that! You’ve got this, and next time it will stick."',
          feedback:
            'Forced cheer tells Luis his feelings are not welcome, and "it will stick" is a promise you cannot keep. Real hope can sit with pain instead of pushing it away.',
        },
        {
          id: 'not-ready',
          text: 'Say, "Maybe this path just isn’t for you right now. Some people aren’t ready."',
          feedback:
            'This agrees with his hopelessness. A return to use does not erase what he has learned, and recovery can take many pathways. You can hold hope for him until he can hold it himself.',
        },
        {
          id: 'whole-story',
          text: 'Tell him your full recovery story from start to finish so he can see that you made it.',
          feedback:
            'A long story shifts the focus to you before he feels heard. A short share, if he wants it, can carry hope; a long one mostly takes up his time.',
        },
      ],
    },
    {
      id: 'hop-res-never-live-alone',
      kind: 'branch',
      value: 'hopeful',
      setting: 'residential',
      title: 'What the staff member said',
      situation:
        'Keisha, 24, is in residential treatment. In the hallway she overheard a staff member say she will "never live on her own." Later she finds you and asks, "Do you think that’s true?"',
      prompt: 'What do you say?',
      steps: [
        {
          id: 'start',
          prompt: 'What do you say?',
          options: [
            {
              id: 'no-one-knows',
              text: 'Say, "I can’t predict your future, and nobody else can either. I’ve seen people build lives that others said they couldn’t. What does living on your own look like to you?"',
              feedback:
                'This is honest and hopeful at once. You do not promise an outcome, you do not put down your coworker, and you turn the talk toward what Keisha wants.',
              best: true,
              next: 'her-goals',
            },
            {
              id: 'they-know',
              text: 'Say, "Staff have read your file, so they probably know what they’re talking about."',
              feedback:
                'This backs up a label that can crush hope. No one, including staff, can know for sure what a person will achieve. Recovery emerges from hope, and she needs someone to hold it.',
              next: 'after-agree',
            },
            {
              id: 'guarantee',
              text: 'Say, "That’s ridiculous. I promise you’ll have your own place by summer."',
              feedback:
                'Your support is well meant, but a promise about a date is not yours to make. Peer ethics codes warn against promises you cannot keep, and a broken one can hurt hope more than no promise at all.',
              next: 'after-promise',
            },
          ],
        },
        {
          id: 'her-goals',
          lead: 'Keisha says she wants a small apartment near her grandmother and a job at a bakery. She looks lighter, but she says the comment still stings.',
          prompt: 'What do you do next?',
          options: [
            {
              id: 'steps-and-raise',
              text: 'Help her write down one or two first steps she picks. Ask how she would like the comment handled, and tell her you plan to raise it with your supervisor.',
              feedback:
                'Small steps she chooses turn hope into action. Raising the comment with your supervisor, openly, helps protect hope for other residents too.',
              best: true,
            },
            {
              id: 'confront-staff',
              text: 'Go find the staff member and tell them off in front of the other residents.',
              feedback:
                'A public clash puts Keisha in the middle and does not change the culture. Taking the concern to your supervisor is a more respectful and effective route.',
            },
            {
              id: 'forget-it',
              text: 'Tell her to forget what she heard and just focus on the positive.',
              feedback:
                'Telling her to push the hurt away skips over her real feelings. Hope is stronger when the pain is named, not hidden.',
            },
          ],
        },
        {
          id: 'after-agree',
          lead: 'Keisha goes quiet. The next day she cancels her goal-planning meeting and tells another resident, "Even the peer thinks I’m hopeless."',
          prompt: 'What do you do now?',
          options: [
            {
              id: 'repair',
              text: 'Find her, tell her you were wrong to agree so fast and that no one can predict her future, and ask if she would be willing to talk about what she wants.',
              feedback:
                'Owning your mistake is a strong way to rebuild trust and hope. The invitation to talk is still hers to accept or turn down.',
              best: true,
            },
            {
              id: 'give-space',
              text: 'Leave her alone until she comes to you, since she clearly needs space.',
              feedback:
                'Giving space can be kind, but your words caused this hurt. Without a brief repair, she may never come back to you, and the label stays in place.',
            },
            {
              id: 'be-realistic',
              text: 'Point out that her records do show a lot of challenges, so it is best to be realistic.',
              feedback:
                'This doubles down on a hopeless label. Being realistic does not mean deciding her future for her; it means naming the challenges and the possibilities.',
            },
          ],
        },
        {
          id: 'after-promise',
          lead: 'Keisha is thrilled. Two months later, she learns the housing waitlist is more than a year long. She calls you and says, "You promised."',
          prompt: 'What do you do now?',
          options: [
            {
              id: 'own-promise',
              text: 'Say you were wrong to promise a date, name how disappointing this is, and ask what she wants to do now, such as other housing options or steps she can take while she waits.',
              feedback:
                'Honesty about your mistake, plus a focus on what is still possible, brings hope back onto solid ground. The next step is hers to choose.',
              best: true,
            },
            {
              id: 'blame-office',
              text: 'Tell her the housing office is the problem, not you.',
              feedback:
                'Shifting the blame avoids your part and leaves her stuck. Hope needs honest footing, including honesty about your own mistakes.',
            },
            {
              id: 'new-promise',
              text: 'Promise that you will get her moved up the waitlist.',
              feedback:
                'A second promise you cannot keep repeats the first harm. Offer what you really can do, like helping her look at options.',
            },
          ],
        },
      ],
    },
    {
      id: 'hop-rural-sixty-miles',
      kind: 'single',
      value: 'hopeful',
      setting: 'rural-telehealth',
      title: 'Sixty miles from anything',
      situation:
        'Ruth, 58, runs a cattle ranch and meets with you by video. She says there is no treatment program, no meeting and no job within 60 miles of her home. "Recovery isn’t for people out here," she says.',
      prompt: 'What is the most helpful response?',
      options: [
        {
          id: 'get-curious',
          text: 'Agree that distance is a real barrier. Then ask who and what she does have nearby, and whether she would like to look at online or phone options together.',
          feedback:
            'This is grounded hope. You take the barrier seriously, then help her find what is possible on her own terms. It makes no promises and leaves the choice with her.',
          best: true,
        },
        {
          id: 'move-to-town',
          text: 'Tell her that if she really wants recovery, she should think about moving closer to town.',
          feedback:
            'This suggests recovery is only possible somewhere else. It ignores her life, work and ties, and recovery can happen in many ways and places.',
        },
        {
          id: 'look-harder',
          text: 'Tell her there are options everywhere if she just looks harder.',
          feedback:
            'This brushes off a real barrier and hints that she is not trying. Hope that ignores the facts of someone’s life does not feel like hope to them.',
        },
        {
          id: 'wait-it-out',
          text: 'Agree that recovery in rural areas is very hard, and suggest she wait until more services open nearby.',
          feedback:
            'This accepts her hopelessness and puts her recovery on hold. Recovery emerges from hope, and you can help her find a starting point now.',
        },
      ],
    },
    {
      id: 'hop-er-first-overdose',
      kind: 'single',
      value: 'hopeful',
      setting: 'er',
      title: 'How long does it hurt?',
      situation:
        'Tyler, 19, is resting in the emergency department after his first overdose. Medical staff say he is stable and his nurse is nearby. He looks at you and asks, "Did you ever go back to using? How long does the hurting last?"',
      prompt: 'What is the most helpful response?',
      options: [
        {
          id: 'ask-share-ask',
          text: 'Ask what he means by "the hurting." Then share briefly and honestly that your path had setbacks and that the pain eased over time, without naming a timeline. Ask how that is to hear.',
          feedback:
            'This is purposeful self-disclosure: invited, short and honest, with the focus back on Tyler. It offers hope without a promise. If he means physical pain, you bring in his nurse.',
          best: true,
        },
        {
          id: 'promise-month',
          text: 'Tell him it will stop hurting in about a month, because that is how long it took you.',
          feedback:
            'Your timeline is not his. A promise like this can feel like failure to him if the pain lasts longer. Share your experience as one example, not a guarantee.',
        },
        {
          id: 'dodge',
          text: 'Say your story is not important and move on to discharge plans.',
          feedback:
            'He asked directly, and your lived experience is one of the strongest sources of hope you have. A short, honest answer would help more than a dodge.',
        },
        {
          id: 'every-detail',
          text: 'Tell him every detail of your own worst time so he knows you really understand.',
          feedback:
            'A long, detailed story centers you and can be hard to hear right after an overdose. Keep your share brief, relevant and focused on what helps him.',
        },
      ],
    },
    {
      id: 'hop-drop-guitar',
      kind: 'multi',
      value: 'hopeful',
      setting: 'drop-in',
      title: 'The guitar',
      situation:
        'Andre, 33, a regular at the drop-in center, hands you his guitar. He says he wants you to have it because he "won’t be needing it." Over the past week he has told you more than once that things will never get better for him. He smiles and says, "Don’t make a big deal of it."',
      prompt: 'Which of these should you do? Choose all that apply.',
      safety: ['suicide-risk'],
      options: [
        {
          id: 'ask-directly',
          text: 'Tell him gently that you are worried, and ask him directly whether he is thinking about suicide.',
          feedback:
            'Correct. Giving away something he loves and saying things will never get better are warning signs. Asking directly is safe and tells him you take him seriously.',
          correct: true,
          safety: 'escalates',
        },
        {
          id: 'stay-get-help',
          text: 'Stay with him and bring in your supervisor or crisis staff, following your center’s crisis protocol.',
          feedback:
            'Correct. You should not handle this alone or leave him alone. Your protocol and your team bring the right help while you stay by his side.',
          correct: true,
          safety: 'escalates',
        },
        {
          id: 'connect-988',
          text: 'Offer to call or text 988 together, and call 911 if danger is imminent.',
          feedback:
            'Correct. A warm connection to 988 links him to crisis support right away. If he is in immediate danger, 911 comes first.',
          correct: true,
          safety: 'escalates',
        },
        {
          id: 'so-much-to-live-for',
          text: 'Tell him he has so much to live for, then change the subject to something lighter.',
          feedback:
            'Not correct, and unsafe. Quick reassurance skips over the risk and tells him the topic is off limits. Hope includes keeping him safe.',
          correct: false,
          safety: 'unsafe',
          instead: 'Ask him directly whether he is thinking about suicide, stay with him, and follow your crisis protocol.',
        },
        {
          id: 'accept-gift',
          text: 'Thank him for the gift and respect his wish not to make a big deal of it.',
          feedback:
            'Not correct, and unsafe. Respecting his wishes never outranks a risk to his life. Letting it pass could leave him alone at a dangerous moment.',
          correct: false,
          safety: 'unsafe',
          instead: 'Tell him you are worried, ask directly about suicide, and bring in your supervisor or crisis staff right away.',
        },
      ],
    },
    {
      id: 'hop-reentry-disclosure',
      kind: 'multi',
      value: 'hopeful',
      setting: 'reentry',
      title: 'My record is all they see',
      situation:
        'Denise, 46, came home last month after eight years in prison. At your weekly meeting she asks, "Did you ever think no one would hire you? I feel like my record is all anyone will ever see."',
      prompt: 'Which of these self-disclosures would serve her hope? Choose all that apply.',
      options: [
        {
          id: 'brief-share',
          text: 'Ask if she would like to hear a bit of your experience. If yes, share in a few sentences that you felt the same fear and what helped, then ask how that lands for her.',
          feedback:
            'Correct. This is Ask–Share–Ask: invited, short and purposeful, with the focus back on Denise. It shows her that a way forward exists without promising one.',
          correct: true,
        },
        {
          id: 'one-tool',
          text: 'Mention one thing that helped you, such as practicing how to talk about your record, and ask whether something like that might fit her.',
          feedback:
            'Correct. A single, relevant detail gives her something practical to hope for, and asking if it fits leaves the choice with her.',
          correct: true,
        },
        {
          id: 'whole-story',
          text: 'Tell her your whole story from arrest to now, so she gets the full picture.',
          feedback: 'Not correct. A long story takes the focus off Denise. Hope grows from a share that is brief and tied to her question.',
          correct: false,
        },
        {
          id: 'guarantee',
          text: 'Tell her that if she follows your exact steps, she will have a job within a month.',
          feedback:
            'Not correct. This is a promise you cannot keep. Peer ethics codes warn against unwarranted promises, and a missed deadline could leave her feeling worse.',
          correct: false,
        },
        {
          id: 'my-money-worries',
          text: 'Tell her about your own money worries this month so she knows everyone struggles.',
          feedback:
            'Not correct. Sharing a current struggle shifts the focus to you and can leave her worried about you. Ask yourself whether a share is for her benefit or to ease your own feelings.',
          correct: false,
        },
      ],
    },
    {
      id: 'hop-youth-lost-cause',
      kind: 'single',
      value: 'hopeful',
      setting: 'youth-family',
      title: 'A lost cause at school',
      situation:
        'Jordan, 15, was just suspended from school for the second time this year. At a youth peer support meeting, with his aunt in the room, he says, "Everyone says I’m a lost cause at school, so why even try?" His aunt nods.',
      prompt: 'What is the most helpful response?',
      options: [
        {
          id: 'spark',
          text: 'Say that being suspended twice sounds rough. Then ask Jordan about a time when school, or anything else, went even a little better, and what he would want to be different.',
          feedback:
            'This names the hard part and then looks for real evidence that change is possible. Speaking to Jordan directly also tells him his view matters more than the label.',
          best: true,
        },
        {
          id: 'ask-aunt',
          text: 'Turn to his aunt and ask what she thinks the real problem is.',
          feedback: 'Talking over Jordan confirms that others decide who he is. Hope starts with hearing his own view first.',
        },
        {
          id: 'no-future',
          text: 'Warn him that he will have no future if he keeps this up.',
          feedback: 'A scare adds to the hopeless message he already hears. Fear rarely builds motivation, while hope often does.',
        },
        {
          id: 'honor-roll',
          text: 'Tell him you are sure he will make the honor roll next year if he works with you.',
          feedback:
            'This is a promise you cannot keep, and it sets a goal he did not choose. Hope works best when it is honest and when the goals are his own.',
        },
      ],
    },
    {
      id: 'hop-warmline-medication',
      kind: 'single',
      value: 'hopeful',
      setting: 'warmline',
      title: 'Should I stop my pills?',
      situation:
        'Mei, 31, a regular caller to the warmline, says her new antidepressant makes her feel "flat." She remembers from an earlier call that your own recovery did not include medication. "You got better without pills," she says. "Should I just stop mine so I can feel hopeful again?"',
      prompt: 'What is the best response?',
      safety: ['medication-diagnosis'],
      options: [
        {
          id: 'talk-to-prescriber',
          text: 'Say that feeling flat sounds hard and worth taking seriously. Encourage her to talk with her prescriber before changing anything, and offer to help her write down her questions for that visit.',
          feedback:
            'This stays in the peer role. It takes her concern seriously and offers hope that things can feel better, through a safe route. Questions about stopping medication belong with the prescriber.',
          best: true,
          safety: 'escalates',
        },
        {
          id: 'stop-if-wrong',
          text: 'Tell her that if it feels wrong, it is probably fine to stop and see how she feels.',
          feedback:
            'This is unsafe. Stopping a medication without the prescriber can cause real harm, and medication advice is outside the peer role.',
          safety: 'unsafe',
          instead:
            'Validate her concern and encourage her to talk with her prescriber before making any change; offer to help her prepare questions.',
        },
        {
          id: 'my-path',
          text: 'Tell her your own recovery worked without medication, so she might not need hers either.',
          feedback:
            'This is unsafe. Your path is not a guide for her treatment, and using your story this way steers her toward a medical choice without her prescriber.',
          safety: 'unsafe',
          instead: 'Keep your story out of her medication choice, and encourage her to bring her concerns to her prescriber.',
        },
        {
          id: 'must-keep-taking',
          text: 'Tell her she must keep taking it exactly as prescribed no matter how she feels.',
          feedback:
            'This also gives medical direction, which is outside your role, and it brushes off a real concern. She needs to be heard and to take the question to her prescriber.',
        },
      ],
    },
    {
      id: 'hop-rural-two-years',
      kind: 'rank',
      value: 'hopeful',
      setting: 'rural-telehealth',
      title: 'Back to day one?',
      situation:
        'Sam, 50, meets with you by video from his home in the hills. He tells you he drank again last weekend after two years without alcohol. "I blew two years," he says. "I’m back to day one."',
      prompt: 'Put these responses in order, from most helpful to least helpful.',
      options: [
        {
          id: 'both-true',
          text: 'Say he sounds really disappointed, that the two years still count and what he learned is still his, and ask what he wants to do next.',
          feedback: 'Most helpful. It names his pain, challenges the idea that recovery resets to zero, and lets him choose the next step.',
        },
        {
          id: 'welcome',
          text: 'Thank him for telling you and ask how you can help today.',
          feedback:
            'Second. This is warm and keeps him talking, but it leaves his "back to day one" belief standing. Gently naming what still counts would offer more hope.',
        },
        {
          id: 'long-story',
          text: 'Tell him about your own return to use in detail so he knows he is not alone.',
          feedback:
            'Third. He may find some comfort, but a long story shifts the focus to you before he feels heard. A brief, invited share would serve him better.',
        },
        {
          id: 'day-one',
          text: 'Agree that he is back to day one and suggest he reset his counter and start over.',
          feedback:
            'Least helpful. This confirms the belief that a return to use erases everything. Recovery is rarely a straight line, and his skills and two years of experience still matter.',
        },
      ],
    },
    {
      id: 'hop-youth-parent-group',
      kind: 'value',
      value: 'hopeful',
      setting: 'youth-family',
      title: 'Is it worth trying again?',
      situation:
        'At a family peer support group, Carmen says her son, 22, has been through treatment three times. "I’ve stopped expecting anything," she says. "Is it even worth trying again?" The other parents look at you.',
      prompt: 'Which value is most at stake here?',
      options: [
        {
          id: 'hopeful',
          value: 'hopeful',
          best: true,
          feedback:
            'Yes. Carmen is losing hope, and the whole group is listening. You can name how tiring this is, share that recovery often takes more than one try, and avoid promising an outcome.',
        },
        {
          id: 'strengths-focused',
          value: 'strengths-focused',
          feedback:
            'Close. Pointing to her son’s and her family’s strengths could help. But her question is whether change is possible at all, which is about hope first.',
        },
        {
          id: 'voluntary',
          value: 'voluntary',
          feedback:
            'Carmen is here by choice, and no one is being pushed. Her question is about whether to keep believing, not about whether she wants support.',
        },
        {
          id: 'honest-and-direct',
          value: 'honest-and-direct',
          feedback:
            'Honesty matters here, since you should not make promises. But the main thing at stake is her hope that trying again could help.',
        },
      ],
    },
  ],
} satisfies ScenarioBank;
