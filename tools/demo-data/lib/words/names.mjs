// Names as they are in a West Yorkshire primary school and its families (faker's own lists are American).

export const SURNAMES = {
  Smith: 9, Jones: 5, Taylor: 5, Brown: 5, Wilson: 4, Walker: 5, Wood: 4, Robinson: 3, Thompson: 4, Wright: 3,
  Hall: 3, Green: 3, Jackson: 3, Clarke: 3, Hudson: 2, Shaw: 3, Atkinson: 2, Barker: 2, Holmes: 2, Lee: 2,
  Kelly: 2, Marshall: 2, Bailey: 2, Sykes: 2, Haigh: 2, Firth: 1, Dyson: 1, Crossley: 1, Ackroyd: 1, Mitchell: 2,
  Turner: 2, Hussain: 2, Khan: 2, Ahmed: 1, Patel: 1, Nowak: 1, Kowalski: 1, Popescu: 1, Kaur: 1, Singh: 1,
  Murphy: 1, Kaminski: 1, Okafor: 1, Mensah: 1,
}

/** Children born 2013 to 2021. */
export const CHILDREN = {
  male: ['Oliver', 'Harry', 'George', 'Jack', 'Noah', 'Charlie', 'Jacob', 'Leo', 'Oscar', 'Alfie', 'Freddie',
    'Thomas', 'Archie', 'Joshua', 'William', 'James', 'Logan', 'Ethan', 'Mason', 'Riley', 'Alexander', 'Henry',
    'Max', 'Isaac', 'Lucas', 'Theo', 'Muhammad', 'Harvey', 'Tyler', 'Reggie', 'Dylan', 'Kai', 'Jayden', 'Lewis',
    'Finley', 'Ollie', 'Bobby', 'Tommy', 'Teddy', 'Ibrahim', 'Zayn', 'Filip', 'Jakub', 'Kacper', 'Tobias'],
  female: ['Olivia', 'Amelia', 'Isla', 'Ava', 'Mia', 'Emily', 'Isabella', 'Sophia', 'Lily', 'Grace', 'Evie',
    'Poppy', 'Ella', 'Freya', 'Sophie', 'Millie', 'Daisy', 'Ruby', 'Phoebe', 'Rosie', 'Evelyn', 'Harper', 'Willow',
    'Ivy', 'Matilda', 'Scarlett', 'Chloe', 'Erin', 'Maisie', 'Lola', 'Layla', 'Aisha', 'Maryam', 'Zara', 'Lacey',
    'Holly', 'Niamh', 'Maja', 'Zuzanna', 'Amira'],
}

/** Parents, carers and grandparents. */
export const ADULTS = {
  male: ['David', 'Paul', 'Mark', 'Lee', 'Craig', 'Andrew', 'Daniel', 'James', 'Michael', 'Chris', 'Matthew',
    'Ryan', 'Dean', 'Gary', 'Stuart', 'Jamie', 'Scott', 'Carl', 'Wayne', 'Adam', 'Richard', 'Steven', 'Imran',
    'Tariq', 'Piotr', 'Marek', 'Andrei', 'John', 'Peter', 'Keith'],
  female: ['Sarah', 'Emma', 'Laura', 'Claire', 'Gemma', 'Rebecca', 'Nicola', 'Kelly', 'Lisa', 'Hayley', 'Stacey',
    'Danielle', 'Jodie', 'Kirsty', 'Leanne', 'Amy', 'Charlotte', 'Natalie', 'Rachel', 'Samantha', 'Vicky', 'Donna',
    'Jade', 'Katie', 'Sadia', 'Nadia', 'Agnieszka', 'Anna', 'Ioana', 'Susan', 'Karen', 'Julie', 'Janet'],
}
