import type { ScenarioBank } from '../../src/domain/content/content-types';

export default {
  module: 'mutual-and-reciprocal',
  questions: [
    {
      id: 'mut-warm-still-get-cravings',
      kind: 'single',
      value: 'mutual-and-reciprocal',
      setting: 'warmline',
      title: 'Do you still get cravings?',
      situation:
        'Dev, 45, calls the warmline most weeks. Tonight he asks, "Be straight with me. Do you still get cravings, or does it go away?" You have had a rough week yourself, with more cravings than you have had in a long time. You have already talked it over with your supervisor and your own supports.',
      prompt: 'What do you say?',
      options: [
        {
          id: 'ask-share-ask',
          text: 'Ask what is behind the question, then say briefly that cravings still come now and then but are much easier to handle than they used to be, name one thing that helps you, and ask how that fits with what he is going through.',
          feedback:
            'This is mutual and reciprocal: an honest, brief share with a clear purpose, bracketed by questions that keep the focus on Dev. It follows Ask–Share–Ask. Your hard week stays with the supports you have already used.',
          best: true,
        },
        {
          id: 'whole-week',
          text: 'Tell him all about your rough week and how hard the cravings have been, since he asked you to be straight.',
          feedback:
            'Mutual does not mean sharing everything you are struggling with right now. This turns the call around, and Dev may end up worrying about you instead of himself. Share on purpose, briefly, and keep the details for your own supports.',
        },
        {
          id: 'goes-away',
          text: 'Tell him cravings go away completely once you are in recovery, so he has something to look forward to.',
          feedback:
            'This is not true to your experience, and it is a promise you cannot make for him. If his cravings continue, he may think he is doing recovery wrong. A real, brief share is more useful than a tidy one.',
        },
        {
          id: 'not-about-me',
          text: '"This call is about you, not me. How was your week?"',
          feedback:
            'This keeps the focus on him, but it shuts down a fair question and makes the relationship one-sided. Peer support is mutual: a short, honest answer builds trust. Then you can hand the focus back.',
        },
      ],
    },
    {
      id: 'mut-drop-bike-trade',
      kind: 'single',
      value: 'mutual-and-reciprocal',
      setting: 'drop-in',
      title: 'Fair’s fair',
      situation:
        'Andre, 38, has been working on his résumé with you at the recovery community center for three weeks. Today he says, "You keep helping me for nothing. Let me fix up your bike this weekend. Fair’s fair." He used to run a bike shop, and he clearly wants to give something back.',
      prompt: 'What do you say?',
      safety: ['role-limits'],
      options: [
        {
          id: 'honor-and-redirect',
          text: 'Thank him and say the résumé help is part of your job, with nothing owed. Explain that you cannot set up a personal trade with someone you support, then ask if he would like to talk with the center coordinator about sharing his skills with members, such as a repair session.',
          feedback:
            'This stays in role and keeps the relationship mutual. You honor his wish to give back and his real skill, while declining a personal trade, which peer codes treat as a dual relationship. An approved way to share his skill lets him give to the whole community.',
          best: true,
          safety: 'escalates',
        },
        {
          id: 'accept',
          text: 'Accept. It is only fair, and turning him down might hurt his pride.',
          feedback:
            'This is unsafe for the relationship. A personal trade mixes your work role with a private deal, which peer codes warn against, and it can leave him feeling he owes you. If things go wrong with the bike or the résumé, the support suffers too.',
          safety: 'unsafe',
          instead: 'Decline the personal trade kindly, explain why, and help him find an approved way to share his skill at the center.',
        },
        {
          id: 'flat-no',
          text: '"Trades are against the rules. Let’s get back to your résumé."',
          feedback:
            'The boundary is right, but the delivery is cold. It treats his offer as a problem instead of a sign that he has something to give. Mutuality means you can say no to the trade and still honor his strength.',
        },
        {
          id: 'nothing-to-give',
          text: '"You don’t need to give anything back. I’m the one here to help you."',
          feedback:
            'This sounds generous, but it sets you up as the helper and him as the one who only receives. Peer support is mutual: he has real skills to share. Look for a way he can give that fits the center’s rules.',
        },
      ],
    },
    {
      id: 'mut-yf-asks-about-your-son',
      kind: 'multi',
      value: 'mutual-and-reciprocal',
      setting: 'youth-family',
      title: 'How is your son?',
      situation:
        'You support Lorena, whose 14-year-old daughter is in a youth program. Months ago you mentioned once that your own son had a hard time in middle school. Now most calls start with Lorena asking how your son is doing, and she has begun giving you advice about him. Today she spends the first 15 minutes of a 45-minute call on your family.',
      prompt: 'Which responses keep the relationship mutual without turning it around? Choose all that apply.',
      options: [
        {
          id: 'thank-redirect',
          text: 'Thank her warmly for caring, say your son is doing okay, and bring the call back to her and her daughter.',
          feedback:
            'Correct. You accept her care, which is part of a mutual relationship, and then return the focus to her. Brief and warm is enough.',
          correct: true,
        },
        {
          id: 'name-it',
          text: 'Kindly say you would like to keep your family mostly out of your talks so the time stays focused on her, and that you value how much she cares.',
          feedback:
            'Correct. Naming the pattern gently is honest and keeps the relationship from becoming a role reversal. It also protects your son’s privacy.',
          correct: true,
        },
        {
          id: 'supervision',
          text: 'Talk with your supervisor about how much you shared and how to hold this line warmly.',
          feedback:
            'Correct. Supervision is the right place to think through self-disclosure that has taken on a life of its own. It helps you share on purpose next time.',
          correct: true,
        },
        {
          id: 'give-updates',
          text: 'Give her a full update on your son each call. It is only fair, since she shares so much with you.',
          feedback:
            'Not correct. Mutual does not mean equal airtime or trading stories. Regular updates about your family shift the focus away from her and her daughter.',
          correct: false,
        },
        {
          id: 'take-advice',
          text: 'Ask her for more advice about your son, since she is a parent too and it would make her feel useful.',
          feedback:
            'Not correct. This is role reversal: she starts supporting you with your family. There are better ways to honor what she knows, such as asking what has worked with her own daughter.',
          correct: false,
        },
      ],
    },
    {
      id: 'mut-reentry-when-you-got-out',
      kind: 'rank',
      value: 'mutual-and-reciprocal',
      setting: 'reentry',
      title: 'When you got out',
      situation:
        'You co-lead a reentry support group. Luis, 29, came home from prison three weeks ago. After group he asks you, "What was it like for you when you got out? Did it ever get easier?" You were incarcerated for six years, and you have a lot you could say.',
      prompt: 'Put these responses in order, from most helpful to least helpful.',
      options: [
        {
          id: 'ask-share-ask',
          text: 'Ask what part he most wants to hear about, share one short piece that fits, such as how the first month felt and one thing that helped, then ask how that compares with what he is living now.',
          feedback:
            'This belongs first. It is Ask–Share–Ask: you find out what would help, share briefly and on purpose, then turn back to Luis. Your experience becomes something you both learn from.',
        },
        {
          id: 'short-answer',
          text: 'Tell him briefly that it got easier over time, and leave it there.',
          feedback:
            'This belongs second. It is honest and brief, but you miss the chance to find out what he needs and to check how your answer landed. Add a question before and after.',
        },
        {
          id: 'not-about-me',
          text: 'Tell him you don’t talk about your own past at work, and ask how his week went.',
          feedback:
            'This belongs third. It keeps the focus on him but closes a door he opened. Shared experience is at the heart of peer support, and refusing it makes the relationship one-way.',
        },
        {
          id: 'whole-story',
          text: 'Tell him your whole story, from your arrest to today, including what you are still struggling with.',
          feedback:
            'This belongs last. It takes the focus off Luis, may burden him with your current struggles, and turns a mutual moment into your own story time. Share on purpose and keep it short.',
        },
      ],
    },
    {
      id: 'mut-rural-be-my-sponsor',
      kind: 'branch',
      value: 'mutual-and-reciprocal',
      setting: 'rural-telehealth',
      title: 'Be my sponsor',
      situation:
        'Hank, 67, raises cattle in a county with one mutual-aid meeting, an hour’s drive away. You have met with him by video every week for two months. Today he says, "You get it better than anyone. Would you be my sponsor? There’s nobody else out here."',
      prompt: 'What do you say?',
      safety: ['role-limits'],
      steps: [
        {
          id: 'start',
          prompt: 'What do you say?',
          options: [
            {
              id: 'decline-and-help',
              text: 'Tell him you are honored, explain that being his peer supporter and being his sponsor are different roles you cannot combine, and offer to help him find a sponsor through phone or online meetings while you keep meeting each week.',
              feedback:
                'This stays in role and honors the relationship. You take his trust seriously, explain the boundary kindly, and help him build support beyond you. That widens his circle instead of making you his only link.',
              best: true,
              safety: 'escalates',
              next: 'after-decline',
            },
            {
              id: 'say-yes',
              text: 'Say yes. He has no one else, and you can give him your personal number for nights and weekends.',
              feedback:
                'This is unsafe. It mixes two roles that peer codes keep apart, and handing out your personal number goes against common rules on contact. It also makes you his only support, which is fragile for both of you.',
              safety: 'unsafe',
              instead:
                'Decline kindly, explain the difference between your role and a sponsor’s, and help him find a sponsor and after-hours supports.',
              next: 'after-yes',
            },
            {
              id: 'curt-no',
              text: '"That’s not allowed. Let’s look at your goals for the week."',
              feedback:
                'The boundary is right, but the delivery leaves him feeling turned away. He just told you he has no one else. Mutuality means explaining the boundary warmly and helping with what he actually needs.',
              next: 'after-decline',
            },
          ],
        },
        {
          id: 'after-decline',
          lead: 'Hank goes quiet. Then he says he wouldn’t know how to find a sponsor when he can’t get to meetings in person.',
          prompt: 'What do you do next?',
          options: [
            {
              id: 'explore-together',
              text: 'Ask what he would want in a sponsor, then look together at phone and online meetings where he could meet people and ask someone himself.',
              feedback:
                'This is mutual and stays in role. You learn what matters to him and work on it side by side, and the choice of sponsor stays his.',
              best: true,
              safety: 'escalates',
            },
            {
              id: 'pick-for-him',
              text: 'Tell him you will pick a sponsor for him from people you know in recovery.',
              feedback:
                'This takes over a choice that should be his, and it pulls your personal network into your work. Help him look, but let him choose.',
            },
            {
              id: 'drop-it',
              text: 'Tell him a sponsor isn’t really necessary and move on.',
              feedback:
                'This brushes aside something he clearly values. Many pathways are valid, but it is his pathway to choose. Stay with his goal and help him find a way.',
            },
          ],
        },
        {
          id: 'after-yes',
          lead: 'Two weeks later, Hank calls your personal phone most nights, once at 1 a.m. Your supervisor does not know, and you have started to dread your phone.',
          prompt: 'What do you do now?',
          options: [
            {
              id: 'supervisor-reset',
              text: 'Talk with your supervisor today. Then tell Hank honestly that you made a mistake agreeing to be his sponsor, explain the roles, keep your weekly sessions, and help him find a sponsor and after-hours supports such as a warmline, and 988 for a crisis.',
              feedback:
                'This repairs the situation while staying in role. You bring in supervision, own the mistake openly, and make sure he is not left without support. Your own well-being matters too; burnout helps no one.',
              best: true,
              safety: 'escalates',
            },
            {
              id: 'ghost',
              text: 'Stop answering his calls without explaining, and hope he gets the message.',
              feedback:
                'This is unsafe. Hank is isolated, and a sudden silence could leave him without support on a hard night. It also damages the trust your weekly sessions depend on.',
              safety: 'unsafe',
              instead: 'Talk with your supervisor, explain the change to Hank honestly, and connect him with other after-hours supports.',
            },
            {
              id: 'keep-going',
              text: 'Keep going. He needs you, and taking it back now would hurt him.',
              feedback:
                'This is unsafe. The dual role is already wearing you down, and a support that depends on one worker’s personal phone can fail him when he needs it most. Staying in it hides the problem from your supervisor.',
              safety: 'unsafe',
              instead: 'Bring it to your supervisor, reset the role honestly with Hank, and help him build wider support.',
            },
          ],
        },
      ],
    },
    {
      id: 'mut-res-no-goodbye',
      kind: 'single',
      value: 'mutual-and-reciprocal',
      setting: 'residential',
      title: 'No goodbye',
      situation:
        'For three months you met weekly with Tasha, 24, at a residential program, and you spent extra time helping her with housing forms. On her last day she leaves without saying goodbye. A coworker says, "After everything you did for her? That’s so ungrateful."',
      prompt: 'Which response best fits a mutual and reciprocal relationship?',
      options: [
        {
          id: 'no-debt',
          text: 'Say that support is not a trade and Tasha doesn’t owe you thanks. Think about what you learned from working with her, and take any hurt feelings to your supervisor or your own supports.',
          feedback:
            'This reflects mutuality well. Reciprocity is about shared learning, not a debt of gratitude, and you likely gained from the work too. Your feelings are real, and supervision is the right place for them.',
          best: true,
        },
        {
          id: 'agree',
          text: 'Agree with your coworker. After all that extra effort, Tasha should have thanked you.',
          feedback:
            'This treats reciprocity as a debt she owes you. People you support do not owe you gratitude or progress. Keeping score quietly shifts the relationship away from mutual respect.',
        },
        {
          id: 'call-her',
          text: 'Call Tasha after she leaves to tell her how her leaving made you feel.',
          feedback:
            'This makes her responsible for your feelings, which is a role reversal. Contact after discharge may also be outside your program’s policy. Take the feelings to supervision instead.',
        },
        {
          id: 'less-effort',
          text: 'Decide not to go the extra mile for residents again, since it isn’t appreciated.',
          feedback:
            'This makes your effort depend on thanks, which is not how reciprocity works in peer support. Other residents would lose out because of one goodbye that did not happen.',
        },
      ],
    },
    {
      id: 'mut-er-what-do-you-take',
      kind: 'multi',
      value: 'mutual-and-reciprocal',
      setting: 'er',
      title: 'What do you take?',
      situation:
        'You work as a peer bridger in an emergency department. Aisha, 31, was treated for an opioid overdose and has decided to start medication for opioid use disorder before she leaves. She knows from your introduction that medication is part of your own recovery. She asks, "What do you take, and how much? I’ll just ask them for the same."',
      prompt: 'Which responses fit your role and keep the relationship mutual? Choose all that apply.',
      safety: ['medication-diagnosis'],
      options: [
        {
          id: 'share-briefly',
          text: 'Say that medication has helped you, if you are comfortable sharing that, and explain that what works, and how much, is different for each person, so the choice is hers to make with her prescriber.',
          feedback:
            'Correct. A brief, honest share builds connection and hope, and you stay within your role by leaving the medical decision with her and her prescriber.',
          correct: true,
          safety: 'escalates',
        },
        {
          id: 'prep-questions',
          text: 'Offer to help her write down her questions and to stay with her while she talks to the doctor.',
          feedback:
            'Correct. This supports her to speak up for herself and is squarely within the peer role. You walk beside her without taking over.',
          correct: true,
          safety: 'escalates',
        },
        {
          id: 'ask-hopes',
          text: 'Ask what she hopes the medicine will help with, so she can tell the doctor in her own words.',
          feedback:
            'Correct. This is the learning stance: you get curious about her goals instead of handing her yours. It also prepares her for the conversation with her prescriber.',
          correct: true,
          safety: 'escalates',
        },
        {
          id: 'give-details',
          text: 'Tell her the name and amount of your medicine so she knows what to ask for.',
          feedback:
            'Not correct, and unsafe. Your own medicine and amount are not advice for someone else, and she may ask for something that is wrong for her. Mutual sharing never extends to medication advice.',
          correct: false,
          safety: 'unsafe',
          instead: 'Keep the details of your own medicine private, and help her take her questions to her prescriber.',
        },
        {
          id: 'never-share',
          text: 'Tell her you never talk about your own recovery at work.',
          feedback:
            'Not correct. You already told her medication is part of your story, and a flat refusal now feels like a closed door. You can share briefly without giving medical details.',
          correct: false,
        },
      ],
    },
    {
      id: 'mut-drop-nothing-to-give',
      kind: 'value',
      value: 'mutual-and-reciprocal',
      setting: 'drop-in',
      title: 'Nothing to give back',
      situation:
        'Rosa, 56, has come to the recovery community center’s weekly group for a year. Today she tells you, "Everyone here helps me, and I never give anything back. Maybe I should stop coming until I have something to offer." Last month her tips on dealing with a landlord helped two newer members.',
      prompt: 'Which value is most at stake here?',
      options: [
        {
          id: 'mutual',
          value: 'mutual-and-reciprocal',
          feedback:
            'Yes. Rosa sees support as flowing only one way, toward her. A mutual relationship recognizes that she already gives, as her landlord tips show, and that everyone has something to offer.',
          best: true,
        },
        {
          id: 'strengths',
          value: 'strengths-focused',
          feedback:
            'Close. Her strengths matter, and naming them will help. But the core issue is her belief that she only takes, which is about give-and-take in the relationship.',
        },
        {
          id: 'voluntary',
          value: 'voluntary',
          feedback:
            'She is free to stop coming, so choice is in the picture. But she is not being pushed, and the real question is how she sees her place in the group.',
        },
        {
          id: 'hopeful',
          value: 'hopeful',
          feedback:
            'Hope plays a part, but Rosa is not saying she can’t recover. She is saying she has nothing to give, which is about mutuality.',
        },
      ],
    },
    {
      id: 'mut-yf-teen-teaches',
      kind: 'single',
      value: 'mutual-and-reciprocal',
      setting: 'youth-family',
      title: 'Not just a kids’ app',
      situation:
        'You are a youth peer mentor. Sam, 16, uses they/them pronouns. While you talk about staying connected to friends, you call an app Sam uses "a social media thing for kids." Sam rolls their eyes and explains that the app’s online recovery groups got them through last winter.',
      prompt: 'What do you say?',
      options: [
        {
          id: 'learn',
          text: 'Thank them, say you got that wrong, and ask them to tell you how the groups work and what made them helpful.',
          feedback:
            'This is mutual and reciprocal. You take the learning stance, treat Sam’s experience as real knowledge, and let them teach you. It also tells Sam their path counts.',
          best: true,
        },
        {
          id: 'defend',
          text: 'Explain that, in your experience, real recovery happens in person, not on apps.',
          feedback:
            'This assumes learning only flows from you to Sam. Your path is one path. Dismissing what worked for them makes the relationship one-sided.',
        },
        {
          id: 'over-apologize',
          text: 'Apologize at length about how out of touch you feel, until Sam ends up reassuring you.',
          feedback:
            'Owning the mistake is good, but this turns the moment around so Sam is supporting you. A short, sincere apology and real curiosity work better.',
        },
        {
          id: 'move-on',
          text: 'Say "okay" and move on to the next topic.',
          feedback:
            'This avoids a clash, but it misses a chance to learn from Sam and to show that their knowledge matters. Mutuality means staying curious when someone corrects you.',
        },
      ],
    },
    {
      id: 'mut-res-let-me-listen',
      kind: 'single',
      value: 'mutual-and-reciprocal',
      setting: 'residential',
      title: 'Let me listen to you',
      situation:
        'Your mother has been in the hospital for two weeks, and you have been running on little sleep. Keon, 45, a resident you meet with each week, has noticed. He now starts each session by asking about her, and today he says, "You always listen to me. Let me listen to you for once." You notice you have started looking forward to telling him.',
      prompt: 'What is the best next step?',
      options: [
        {
          id: 'thank-and-supports',
          text: 'Thank him, tell him briefly that it is a hard time and that you have people helping you through it, turn the session back to him, and talk with your supervisor about the stress you are carrying.',
          feedback:
            'This honors his care, which is part of a mutual relationship, without leaning on him for support. Noticing that you look forward to telling him is a signal to use your own supports, and peer codes ask you to seek support when something affects your work.',
          best: true,
        },
        {
          id: 'open-up',
          text: 'Take him up on it. Mutual means both people get support, so it is fair for you to lean on him.',
          feedback:
            'This is role reversal, not mutuality. Keon is in treatment for his own recovery, and carrying your worries takes time and energy from that. Mutual learning is not the same as mutual support of equal weight.',
        },
        {
          id: 'off-limits',
          text: 'Tell him your personal life is off-limits and you would rather not discuss it.',
          feedback:
            'The boundary has a point, but the delivery is cold. He offered care, and a flat refusal makes the relationship feel one-way. A short, warm answer keeps both the boundary and the connection.',
        },
        {
          id: 'all-fine',
          text: 'Tell him everything is fine and you are just tired.',
          feedback:
            'He can see that is not true, so this weakens the honesty a mutual relationship needs. A brief, true answer, and then a return to his goals, works better.',
        },
      ],
    },
  ],
} satisfies ScenarioBank;
